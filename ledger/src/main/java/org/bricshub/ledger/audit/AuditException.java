package org.bricshub.ledger.audit;

/** The audit found the log or a record not as committed; the message names the first mismatch. */
public final class AuditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuditException(String message) {
        super(message);
    }
}
