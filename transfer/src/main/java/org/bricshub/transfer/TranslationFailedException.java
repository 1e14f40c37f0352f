package org.bricshub.transfer;

import java.util.Map;
import org.bricshub.platform.problem.ProblemException;

/**
 * A listing could not be machine-translated: an engine failed (502), or no engine knows a field's text (422, naming
 * the field). Nothing is stored in either case: a half-translated version would mislead.
 */
public final class TranslationFailedException extends ProblemException {
    private final String field;

    private TranslationFailedException(int status, String slug, String title, String field, String detail) {
        super(status, slug, title, detail);
        this.field = field;
    }

    static TranslationFailedException engineFailed(String detail) {
        return new TranslationFailedException(502, "translation-failed", "Translation engine failed", null, detail);
    }

    static TranslationFailedException untranslatable(String field, String detail) {
        return new TranslationFailedException(422, "not-translatable", "No translation available", field,
                field + ": " + detail);
    }

    @Override
    public Map<String, Object> extensions() {
        return field == null ? Map.of() : Map.of("field", field);
    }
}
