package org.bricshub.i18n;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A translation memory: reuses translations that people wrote, for segments identical to ones seen before (after
 * Unicode NFC normalisation, whitespace collapsing and case folding). It never invents text: a segment it has not
 * seen gets no translation. Thread-safe; held in memory and refilled from the stored human translations at start.
 */
public final class TranslationMemory implements TranslationEngine {
    /** The engine name recorded with translations that came from the memory. */
    public static final String NAME = "memory";
    private static final int MAX_SEGMENT = 500;
    private final Map<Key, String> segments = new ConcurrentHashMap<>();

    private record Key(Language from, Language to, String segment) {
    }

    /**
     * Records that {@code a} in language {@code la} and {@code b} in {@code lb} say the same, in both directions.
     * Blank segments, segments over 500 characters and pairs in one language are ignored: long text is never
     * identical twice, and a language does not translate into itself.
     */
    public void learn(Language la, String a, Language lb, String b) {
        if (la == lb || unusable(a) || unusable(b)) {
            return;
        }
        segments.put(new Key(la, lb, normalise(a)), b.strip());
        segments.put(new Key(lb, la, normalise(b)), a.strip());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Translation> translate(String segment, Language from, Language to) {
        if (from == to || unusable(segment)) {
            return Optional.empty();
        }
        return Optional.ofNullable(segments.get(new Key(from, to, normalise(segment))))
                .map(t -> new Translation(t, NAME));
    }

    /** How many directed segment pairs the memory holds. */
    public int size() {
        return segments.size();
    }

    private static boolean unusable(String s) {
        return s == null || s.isBlank() || s.length() > MAX_SEGMENT;
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
