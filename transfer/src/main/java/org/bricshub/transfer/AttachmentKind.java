package org.bricshub.transfer;

import java.util.Locale;

/** What an attachment of a listing is: a PDF document, or an image shown with a thumbnail. */
public enum AttachmentKind {
    DOCUMENT, IMAGE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AttachmentKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
