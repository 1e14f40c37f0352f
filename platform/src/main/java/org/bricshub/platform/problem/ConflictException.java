package org.bricshub.platform.problem;

/** The request conflicts with the current state, e.g. a duplicate (409). */
public class ConflictException extends ProblemException {
    public ConflictException(String detail) {
        super(409, "conflict", "Conflict", detail);
    }
}
