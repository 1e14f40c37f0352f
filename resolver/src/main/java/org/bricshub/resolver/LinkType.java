package org.bricshub.resolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A link type of the GS1 Web Vocabulary, e.g. {@code gs1:pip}. It is written as a CURIE on the API and as the full
 * URI on the namespace {@code https://ref.gs1.org/voc/} in linksets and Link headers (GS1-Conformant Resolver 1.2
 * §3: the resolver recognises the GS1 Web Vocabulary, with its older namespaces {@code gs1.org/voc/}).
 *
 * @param term the vocabulary term without prefix, e.g. "pip"
 */
public record LinkType(String term) {
    /** The namespace written in linksets and Link headers. */
    public static final String NAMESPACE = "https://ref.gs1.org/voc/";
    /** The default link of an identifier (a link's default flag, never registered as a type). */
    public static final LinkType DEFAULT_LINK = new LinkType("defaultLink");
    /** All default links when there are several (language or context variants). */
    public static final LinkType DEFAULT_LINK_MULTI = new LinkType("defaultLinkMulti");

    private static final String[] NAMESPACES = {NAMESPACE, "https://gs1.org/voc/", "http://gs1.org/voc/",
        "https://www.gs1.org/voc/", "http://www.gs1.org/voc/", "http://ref.gs1.org/voc/"};
    private static final Map<String, String> REGISTRABLE = load();
    private static final Map<String, LinkType> BY_LOWER_CASE = index();
    private static final List<LinkType> KNOWN = Stream.concat(REGISTRABLE.keySet().stream().map(LinkType::new),
            Stream.of(DEFAULT_LINK, DEFAULT_LINK_MULTI)).toList();

    public LinkType {
        Objects.requireNonNull(term, "term");
    }

    /**
     * Reads a link type given as a CURIE ({@code gs1:pip}), a URI on one of the GS1 Web Vocabulary namespaces, or a
     * bare term; empty when it names no GS1 Web Vocabulary term.
     */
    public static Optional<LinkType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String term = text.strip();
        if (term.startsWith("gs1:")) {
            term = term.substring(4);
        } else {
            for (String ns : NAMESPACES) {
                if (term.startsWith(ns)) {
                    term = term.substring(ns.length());
                    break;
                }
            }
        }
        return Optional.ofNullable(BY_LOWER_CASE.get(term.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The link types a brand owner may register, with their English titles, in vocabulary order. */
    public static Map<String, String> vocabulary() {
        return REGISTRABLE;
    }

    /** Whether a brand owner may register links of this type (the default-link types are set by a flag). */
    public boolean isRegistrable() {
        return REGISTRABLE.containsKey(term);
    }

    /**
     * Every type this resolver knows: the registrable ones in vocabulary order, then {@link #DEFAULT_LINK} and
     * {@link #DEFAULT_LINK_MULTI}. Pages label each of them in every language.
     */
    public static List<LinkType> known() {
        return KNOWN;
    }

    /**
     * Whether the term is one of the GS1 Web Vocabulary terms this resolver knows. A stored link may carry a term
     * that is not (one registered before the term left the list).
     */
    public boolean isKnown() {
        return REGISTRABLE.containsKey(term) || equals(DEFAULT_LINK) || equals(DEFAULT_LINK_MULTI);
    }

    /**
     * The English title of the type in the GS1 Web Vocabulary, e.g. "Product Information Page"; the CURIE for a term
     * this resolver does not know. People read a type through the message catalogs instead (web: LinkTypeLabel).
     */
    public String title() {
        if (equals(DEFAULT_LINK)) {
            return "Default link";
        }
        if (equals(DEFAULT_LINK_MULTI)) {
            return "Default links";
        }
        return REGISTRABLE.getOrDefault(term, curie());
    }

    /** The CURIE, e.g. {@code gs1:pip}. */
    public String curie() {
        return "gs1:" + term;
    }

    /** The full URI, e.g. {@code https://ref.gs1.org/voc/pip}. */
    public String uri() {
        return NAMESPACE + term;
    }

    @Override
    public String toString() {
        return curie();
    }

    private static Map<String, LinkType> index() {
        Map<String, LinkType> index = new java.util.HashMap<>();
        REGISTRABLE.keySet().forEach(t -> index.put(t.toLowerCase(java.util.Locale.ROOT), new LinkType(t)));
        index.put(DEFAULT_LINK.term.toLowerCase(java.util.Locale.ROOT), DEFAULT_LINK);
        index.put(DEFAULT_LINK_MULTI.term.toLowerCase(java.util.Locale.ROOT), DEFAULT_LINK_MULTI);
        return Map.copyOf(index);
    }

    private static Map<String, String> load() {
        Map<String, String> types = new LinkedHashMap<>();
        try (InputStream in = LinkType.class.getResourceAsStream("link-types.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource org/bricshub/resolver/link-types.tsv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    types.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(types);
    }
}
