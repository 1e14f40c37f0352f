package org.bricshub.web.trace;

/**
 * What the code-check page shows: {@code invalid} when the text was not a Digital Link with a GTIN; the rest of a
 * {@link org.bricshub.trace.CodeCheck} otherwise, with the product's name in the reader's language.
 */
public record CodeCheckView(boolean invalid, boolean genuine, String gtin, String lot, String serial, String state,
        String productName) {
    public boolean recalled() {
        return "recalled".equals(state);
    }
}
