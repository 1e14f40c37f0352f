package org.bricshub.platform.problem;

/** The caller is known but may not do this, e.g. act for another organisation (403). */
public class ForbiddenException extends ProblemException {
    public ForbiddenException(String detail) {
        super(403, "forbidden", "Forbidden", detail);
    }
}
