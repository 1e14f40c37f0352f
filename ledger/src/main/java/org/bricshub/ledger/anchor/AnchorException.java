package org.bricshub.ledger.anchor;

/** A chain refused, failed or did not answer in time; the message names the chain and what was asked. */
public final class AnchorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AnchorException(String message) {
        super(message);
    }

    public AnchorException(String message, Throwable cause) {
        super(message, cause);
    }
}
