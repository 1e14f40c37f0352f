package org.bricshub.trace;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bricshub.i18n.Language;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * A text in any of the 17 languages, e.g. a product name. Empty when no language has a text.
 *
 * @param texts the text per language, each 1..{@code maxLength} characters after trimming
 */
public record LocalisedText(Map<Language, String> texts) {
    public LocalisedText {
        texts = texts.isEmpty() ? Map.of() : new EnumMap<>(texts);
        texts = java.util.Collections.unmodifiableMap(texts);
    }

    /**
     * Parses {lang tag: text}.
     *
     * @throws InvalidInputException naming {@code field.tag} for an unknown language or a blank or too long text
     */
    public static LocalisedText parse(String field, Map<String, String> raw, int maxLength) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (raw != null) {
            for (Map.Entry<String, String> e : raw.entrySet()) {
                Language lang = Language.fromTag(e.getKey()).orElseThrow(() -> new InvalidInputException(
                        field + "." + e.getKey(), "must be one of the 17 language tags (zh, en, pt, ru, hi, ar, fa,"
                        + " am, id, es, fr, ms, th, vi, kk, uz, sw)"));
                String text = e.getValue() == null ? "" : e.getValue().strip();
                if (text.isEmpty() || text.length() > maxLength) {
                    throw new InvalidInputException(field + "." + e.getKey(),
                            "must be 1 to " + maxLength + " characters");
                }
                texts.put(lang, text);
            }
        }
        return new LocalisedText(texts);
    }

    /** The text in {@code lang}, else in {@code fallback}, else in any language. */
    public Optional<String> in(Language lang, Language fallback) {
        String t = texts.getOrDefault(lang, texts.get(fallback));
        return t != null ? Optional.of(t) : texts.values().stream().findFirst();
    }

    /** {tag: text}, in the languages' order, for JSON. */
    public Map<String, String> byTag() {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((lang, text) -> out.put(lang.tag(), text));
        return out;
    }
}
