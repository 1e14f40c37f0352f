package org.bricshub.platform.problem;

/** No valid API key was presented: missing, malformed, unknown, expired or revoked (401). */
public final class UnauthenticatedException extends ProblemException {
    public UnauthenticatedException(String detail) {
        super(401, "unauthenticated", "Authentication required", detail);
    }
}
