package org.bricshub.trace;

import java.time.Instant;

/**
 * An alert raised by scans of one code.
 *
 * @param lot empty when the scanned code had none
 * @param scans how many scans raised it
 */
public record RaisedAlert(CodeAlert kind, String gtin, String lot, String serial, Instant firstAt, Instant lastAt,
                          long scans) {
}
