package org.bricshub.capture;

import org.bricshub.platform.problem.ProblemException;

/** A named query or subscription the caller's organisation does not have (REST binding 404). */
public final class NoSuchNameException extends ProblemException {
    public NoSuchNameException(String detail) {
        super(404, "epcisException:NoSuchNameException", "Resource not found", detail);
    }
}
