package org.bricshub.i18n;

import java.util.Optional;

/**
 * Translates segments of text (a title, a keyword, a paragraph) between two of the 17 languages. An engine that has
 * no translation for a segment answers empty; an engine that failed (unreachable, refused) throws
 * {@link TranslationException}, so callers can tell "not known" from "broken".
 */
public interface TranslationEngine {
    /** A short name recorded with every translation this engine makes, e.g. {@code memory}. */
    String name();

    /**
     * The segment in {@code to}, or empty when this engine cannot translate it.
     *
     * @throws TranslationException when the engine failed
     */
    Optional<Translation> translate(String segment, Language from, Language to);

    /** A translated segment and the name of the engine that made it. */
    record Translation(String text, String engine) {
        public Translation {
            if (text == null || text.isBlank() || engine == null || engine.isBlank()) {
                throw new IllegalArgumentException("a translation needs text and an engine name");
            }
        }
    }
}
