package org.bricshub.ledger;

/** The log's storage failed, or refused a write that would break the log (e.g. a second writer). */
public final class LogStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LogStoreException(String message) {
        super(message);
    }

    public LogStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
