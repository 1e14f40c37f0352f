package org.bricshub.ledger;

/** The ledger refused a request; {@link #reason()} tells the caller (and the HTTP layer) why. */
public final class LedgerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a request was refused. */
    public enum Reason {
        /** Too many appends are waiting: retry later (HTTP 503 with Retry-After). */
        OVERLOADED,
        /** The ledger is shut down. */
        CLOSED,
        /** An entry larger than an entry bundle can carry (65,535 bytes). */
        ENTRY_TOO_LARGE,
        /** A leaf index or tree size beyond the latest published checkpoint (HTTP 404). */
        BEYOND_TREE_SIZE
    }

    private final Reason reason;

    public LedgerException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
