package org.bricshub.i18n;

/** Direction in which a language's script runs; the value of the HTML {@code dir} attribute. */
public enum TextDirection {
    LTR, RTL;

    /** The HTML {@code dir} attribute value: {@code "ltr"} or {@code "rtl"}. */
    public String attribute() {
        return this == LTR ? "ltr" : "rtl";
    }
}
