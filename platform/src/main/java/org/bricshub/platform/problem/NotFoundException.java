package org.bricshub.platform.problem;

/** The resource does not exist, or the caller may not know that it does (404). */
public class NotFoundException extends ProblemException {
    public NotFoundException(String detail) {
        super(404, "not-found", "Not found", detail);
    }
}
