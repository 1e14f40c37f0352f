package org.bricshub.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Key-value texts per language from the UTF-8 classpath resources {@code /i18n/<baseName>_<tag>.properties}.
 *
 * <p>The format is a strict subset of Java properties: one {@code key = value} per line, {@code #} comments,
 * blank lines; no escapes or continuation lines, so a value is exactly what the translator typed. Duplicate keys,
 * malformed lines and invalid UTF-8 fail the load instead of being silently resolved.
 */
final class Catalog {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");

    private final String baseName;
    private final Map<Language, Map<String, String>> entries;

    private Catalog(String baseName, Map<Language, Map<String, String>> entries) {
        this.baseName = baseName;
        this.entries = entries;
    }

    /** Loads the catalog of every language; each resource must exist. */
    static Catalog load(String baseName) {
        Map<Language, Map<String, String>> entries = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            entries.put(language, read(resourceName(baseName, language)));
        }
        return new Catalog(baseName, entries);
    }

    static String resourceName(String baseName, Language language) {
        return "/i18n/" + baseName + "_" + language.tag() + ".properties";
    }

    String baseName() {
        return baseName;
    }

    /** The text of a key in one language, with no fallback. */
    Optional<String> find(Language language, String key) {
        return Optional.ofNullable(entries.get(language).get(key));
    }

    /** The keys of one language, in file order. */
    Set<String> keys(Language language) {
        return Collections.unmodifiableSet(entries.get(language).keySet());
    }

    /** The entries of one resource in this format, in file order. */
    static Map<String, String> read(String resource) {
        try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CatalogException(resource, 0, "resource not found on the classpath");
            }
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
                return parse(resource, reader);
            }
        } catch (CharacterCodingException e) {
            throw new CatalogException(resource, "must be valid UTF-8", e);
        } catch (IOException e) {
            throw new CatalogException(resource, "cannot be read", e);
        }
    }

    private static Map<String, String> parse(String resource, BufferedReader reader) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (lineNumber == 1 && trimmed.startsWith("\uFEFF")) {
                trimmed = trimmed.substring(1).strip();
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq < 0) {
                throw new CatalogException(resource, lineNumber, "a line must read 'key = value'");
            }
            String key = trimmed.substring(0, eq).strip();
            String value = trimmed.substring(eq + 1).strip();
            if (!KEY.matcher(key).matches()) {
                throw new CatalogException(resource, lineNumber, "key '" + key + "' must be dot-separated [A-Za-z0-9_] words");
            }
            if (value.isEmpty()) {
                throw new CatalogException(resource, lineNumber, "key '" + key + "' has an empty text");
            }
            if (texts.putIfAbsent(key, value) != null) {
                throw new CatalogException(resource, lineNumber, "key '" + key + "' is defined twice");
            }
        }
        return texts;
    }
}
