package org.bricshub.trace;

/** One serialised item's code: its GS1 Digital Link URI and the elements it carries. Expiry is "" when none. */
public record IssuedCode(String uri, String gtin, String lot, String serial, String expiry) {
}
