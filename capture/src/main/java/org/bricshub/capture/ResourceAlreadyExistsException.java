package org.bricshub.capture;

import org.bricshub.platform.problem.ProblemException;

/** A named query of that name exists already in the caller's organisation (REST binding 409). */
public final class ResourceAlreadyExistsException extends ProblemException {
    public ResourceAlreadyExistsException(String detail) {
        super(409, "epcisException:ResourceAlreadyExistsException", "A resource with the provided identifier already exists", detail);
    }
}
