package org.bricshub.merkle;

/**
 * Well-formed evidence that does not verify: an inclusion or consistency proof that does not lead to the expected
 * root, a note with no valid signature by a trusted key, a signature that fails.
 */
public final class LogVerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LogVerificationException(String message) {
        super(message);
    }
}
