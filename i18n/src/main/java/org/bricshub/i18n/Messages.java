package org.bricshub.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The user-interface texts of the platform in the 17 languages, as ICU MessageFormat patterns (plural and select
 * per CLDR rules of the language) from {@code /i18n/messages_<tag>.properties}, read as UTF-8.
 *
 * <p>Every pattern is compiled once at load, so a malformed pattern fails the start, not a page. A key missing in
 * a language falls back to the English text. Instances are immutable and safe to share between threads.
 */
public final class Messages {

    static final String BASE_NAME = "messages";

    private final Map<Language, Map<String, CompiledText>> texts;

    Messages(Catalog catalog) {
        Map<Language, Map<String, CompiledText>> compiled = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, CompiledText> byKey = new HashMap<>();
            for (String key : catalog.keys(language)) {
                String pattern = catalog.find(language, key).orElseThrow();
                byKey.put(key, CompiledText.compile(catalog.baseName(), language, key, pattern));
            }
            compiled.put(language, Map.copyOf(byKey));
        }
        this.texts = compiled;
    }

    /**
     * Loads the catalogs of all 17 languages from the classpath.
     *
     * @throws CatalogException when a catalog is missing or malformed, or a pattern does not parse
     */
    public static Messages load() {
        return new Messages(Catalog.load(BASE_NAME));
    }

    /**
     * The text of a key in a language, formatted with ICU MessageFormat in that language's locale.
     *
     * @param language the language to speak
     * @param key a key of the English catalog, such as {@code "nav.home"}
     * @param args the pattern's numbered arguments {@code {0}}, {@code {1}}, …; ignored by patterns without any
     * @return the formatted text; the English text when the language lacks the key
     * @throws IllegalArgumentException when the English catalog has no such key
     */
    public String text(Language language, String key, Object... args) {
        Objects.requireNonNull(language, "language is required");
        CompiledText text = texts.get(language).get(key);
        if (text == null) {
            text = texts.get(Language.EN).get(key);
        }
        if (text == null) {
            throw new IllegalArgumentException("no message '" + key + "' in the English catalog");
        }
        return text.format(args);
    }

    /** The keys of the English catalog, the reference every language is held to. */
    public Set<String> keys() {
        return texts.get(Language.EN).keySet();
    }

    /** Whether a language's own catalog holds a key (no English fallback). */
    public boolean translates(Language language, String key) {
        return texts.get(language).containsKey(key);
    }

    /**
     * A compiled pattern; patterns without arguments are formatted once, at load. ICU MessageFormat instances are
     * not thread-safe and cloning one costs more than formatting with it, so idle copies wait in a lock-free pool
     * that grows to the peak number of threads formatting the same key at once.
     */
    private static final class CompiledText {

        private final MessageFormat format;
        private final String constant;
        private final Queue<MessageFormat> idle = new ConcurrentLinkedQueue<>();

        private CompiledText(MessageFormat format, String constant) {
            this.format = format;
            this.constant = constant;
        }

        static CompiledText compile(String baseName, Language language, String key, String pattern) {
            MessageFormat format;
            try {
                format = new MessageFormat(pattern, language.uLocale());
            } catch (IllegalArgumentException e) {
                throw new CatalogException(Catalog.resourceName(baseName, language), 0,
                        "key '" + key + "' is not a valid ICU MessageFormat pattern: " + e.getMessage());
            }
            String constant = format.getArgumentNames().isEmpty() ? format.format(new Object[0]) : null;
            return new CompiledText(format, constant);
        }

        String format(Object... args) {
            if (constant != null) {
                return constant;
            }
            MessageFormat copy = idle.poll();
            if (copy == null) {
                copy = (MessageFormat) format.clone();
            }
            try {
                return copy.format(args);
            } finally {
                idle.offer(copy);
            }
        }
    }
}
