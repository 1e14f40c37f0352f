package org.bricshub.gs1;

import java.util.Objects;

/**
 * One GS1 element: an Application Identifier and its value, as in the element string "(10)ABC123" or the
 * Digital Link path segment pair "/10/ABC123". The value is the plain (not percent-encoded) data.
 *
 * @param ai the Application Identifier, two to four digits
 * @param value the data, non-empty
 */
public record AiElement(String ai, String value) {

    /** Checks the shape only; {@link ApplicationIdentifiers#validate} checks the value against the AI's format. */
    public AiElement {
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(value, "value");
        if (ai.length() < 2 || ai.length() > 4 || !CheckDigit.isDigits(ai)) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "an AI is 2 to 4 digits, got '" + ai + "'");
        }
        if (value.isEmpty()) {
            throw new Gs1Exception(Gs1Exception.Rule.LENGTH, ai, "empty value");
        }
    }

    /** The human-readable form, "(ai)value". */
    @Override
    public String toString() {
        return "(" + ai + ")" + value;
    }
}
