package org.bricshub.trace;

import org.bricshub.gs1.ApplicationIdentifiers;
import org.bricshub.gs1.Gln;
import org.bricshub.gs1.Gs1Exception;
import org.bricshub.gs1.Gtin;
import org.bricshub.platform.problem.InvalidInputException;

/** Validates GS1 values of the input, turning a broken GS1 rule into a 400 that names the field. */
public final class Gs1Input {
    private Gs1Input() {
    }

    /** @throws InvalidInputException naming {@code field} for a missing or invalid GTIN */
    public static Gtin gtin(String field, String value) {
        required(field, value);
        try {
            return new Gtin(value);
        } catch (Gs1Exception e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** @throws InvalidInputException naming {@code field} for a missing or invalid GLN */
    public static Gln gln(String field, String value) {
        required(field, value);
        try {
            return new Gln(value);
        } catch (Gs1Exception e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** Validates {@code value} against the format of {@code ai} (e.g. 10 for a lot, 17 for an expiry date). */
    static String element(String field, String ai, String value) {
        required(field, value);
        try {
            ApplicationIdentifiers.validate(ai, value);
            return value;
        } catch (Gs1Exception e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
    }
}
