package org.bricshub.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bricshub.i18n.Language;

/**
 * A hand-written multilingual terminology of technical terms ({@code transfer/terminology.tsv}): each concept has
 * terms in all 17 languages. Detection compares analysed token sequences, so inflected or differently segmented
 * forms ("удобрения", "太阳能 电池") still match the concept that the term names.
 */
final class Terminology {
    /** A concept of the terminology: its id, field of technology and terms (with synonyms) per language. */
    record Concept(String id, TechnologyField field, Map<Language, List<String>> terms) {
        Concept {
            terms = Map.copyOf(terms);
        }

        /** The preferred term in a language. */
        String term(Language l) {
            return terms.get(l).get(0);
        }
    }

    private record Entry(List<String> tokens, Concept concept) {
    }

    private static final String FRAME = "xx";
    private final Map<String, Concept> concepts;
    private final Map<Language, Map<String, List<Entry>>> byFirstToken = new EnumMap<>(Language.class);
    private final LanguageAnalyzers analyzers;

    private Terminology(Map<String, Concept> concepts, LanguageAnalyzers analyzers) {
        this.concepts = concepts;
        this.analyzers = analyzers;
        for (Language l : Language.values()) {
            Map<String, List<Entry>> index = new HashMap<>();
            for (Concept c : concepts.values()) {
                for (String term : c.terms().get(l)) {
                    for (List<String> tokens : tokenings(analyzers, l, term)) {
                        index.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Entry(tokens, c));
                    }
                }
            }
            byFirstToken.put(l, index);
        }
    }

    /**
     * A term's tokens alone and in running text: dictionary segmenters (smartcn, Thai) may cut a short term
     * differently when words surround it, and detection must recognise both cuts.
     */
    private static Set<List<String>> tokenings(LanguageAnalyzers analyzers, Language l, String term) {
        Set<List<String>> cuts = new LinkedHashSet<>();
        List<String> alone = analyzers.tokens(l, term);
        if (!alone.isEmpty()) {
            cuts.add(alone);
        }
        List<String> framed = analyzers.tokens(l, FRAME + " " + term + " " + FRAME);
        if (framed.size() > 2 && framed.get(0).equals(FRAME) && framed.get(framed.size() - 1).equals(FRAME)) {
            cuts.add(List.copyOf(framed.subList(1, framed.size() - 1)));
        }
        return cuts;
    }

    static Terminology load(LanguageAnalyzers analyzers) {
        try (InputStream in = Objects.requireNonNull(Terminology.class.getResourceAsStream("/transfer/terminology.tsv"),
                "transfer/terminology.tsv missing from the class path")) {
            return new Terminology(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))),
                    analyzers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Concept> parse(BufferedReader reader) throws IOException {
        Map<String, Concept> concepts = new LinkedHashMap<>();
        Language[] columns = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("# Columns:")) {
                String[] tags = line.substring("# Columns:".length()).strip().split("\t");
                columns = Arrays.stream(tags, 2, tags.length).map(t -> Language.fromTag(t).orElseThrow()).toArray(Language[]::new);
            } else if (!line.startsWith("#") && !line.isBlank()) {
                String[] cells = line.split("\t");
                if (columns == null || cells.length != columns.length + 2) {
                    throw new IllegalStateException("terminology line has " + cells.length + " cells: " + line);
                }
                Map<Language, List<String>> terms = new EnumMap<>(Language.class);
                for (int i = 0; i < columns.length; i++) {
                    terms.put(columns[i], List.of(cells[i + 2].split("\\|")));
                }
                concepts.put(cells[0], new Concept(cells[0], TechnologyField.parse("field", cells[1]), terms));
            }
        }
        return concepts;
    }

    Concept concept(String id) {
        return concepts.get(id);
    }

    List<Concept> concepts() {
        return List.copyOf(concepts.values());
    }

    List<Concept> ofField(TechnologyField field) {
        return concepts.values().stream().filter(c -> c.field() == field).toList();
    }

    /** The concepts whose terms occur in {@code text} written in {@code language}, in order of first occurrence. */
    Set<String> detect(Language language, String text) {
        List<String> tokens = analyzers.tokens(language, text);
        Map<String, List<Entry>> index = byFirstToken.get(language);
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Entry> candidates = index.get(tokens.get(i));
            if (candidates != null) {
                for (Entry e : candidates) {
                    if (startsAt(tokens, i, e.tokens())) {
                        found.add(e.concept().id());
                    }
                }
            }
        }
        return found;
    }

    private static boolean startsAt(List<String> tokens, int at, List<String> sequence) {
        if (at + sequence.size() > tokens.size()) {
            return false;
        }
        for (int j = 1; j < sequence.size(); j++) {
            if (!tokens.get(at + j).equals(sequence.get(j))) {
                return false;
            }
        }
        return true;
    }
}
