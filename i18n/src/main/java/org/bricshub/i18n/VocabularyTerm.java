package org.bricshub.i18n;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A term of a standard vocabulary of EPCIS 2.0 events: a CBV 2.0 business step or disposition (the standard
 * vocabularies of CBV 2.0), or a sensor measurement type of the GS1 Web Vocabulary that EPCIS 2.0 sensor reports
 * use. The term sets are those the EPCIS 2.0 JSON Schema enumerates (definitions bizStep, disposition,
 * measurementType).
 *
 * @param kind the vocabulary
 * @param name the bare name, such as {@code shipping}, {@code in_transit} or {@code Temperature}
 */
public record VocabularyTerm(Kind kind, String name) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /** The vocabularies whose terms have labels. */
    public enum Kind {
        BIZ_STEP("bizStep", "https://ref.gs1.org/cbv/BizStep-"),
        DISPOSITION("disposition", "https://ref.gs1.org/cbv/Disp-"),
        MEASUREMENT_TYPE("measurementType", "https://gs1.org/voc/");

        private final String keyPrefix;
        private final String uriPrefix;

        Kind(String keyPrefix, String uriPrefix) {
            this.keyPrefix = keyPrefix;
            this.uriPrefix = uriPrefix;
        }

        String keyPrefix() {
            return keyPrefix;
        }

        String uriPrefix() {
            return uriPrefix;
        }
    }

    public VocabularyTerm {
        Objects.requireNonNull(kind, "kind is required");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a vocabulary term name must be a letter then letters, digits or '_', was "
                    + name);
        }
    }

    /** The canonical URI, such as {@code https://ref.gs1.org/cbv/BizStep-shipping} or {@code https://gs1.org/voc/Temperature}. */
    public String uri() {
        return kind.uriPrefix() + name;
    }

    /** The catalog key, such as {@code bizStep.shipping}. */
    String key() {
        return kind.keyPrefix() + "." + name;
    }
}
