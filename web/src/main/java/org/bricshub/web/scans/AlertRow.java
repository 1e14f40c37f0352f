package org.bricshub.web.scans;

/** A row of the console's alerts table, every cell already in the viewer's language. */
public record AlertRow(String kind, String code, String first, String last, String scans) {
}
