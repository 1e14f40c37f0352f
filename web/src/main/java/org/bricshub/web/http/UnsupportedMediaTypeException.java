package org.bricshub.web.http;

import org.bricshub.platform.problem.ProblemException;

/** The request body is not of a media type the route accepts (415). */
public final class UnsupportedMediaTypeException extends ProblemException {
    public UnsupportedMediaTypeException(String detail) {
        super(415, "unsupported-media-type", "Unsupported media type", detail);
    }
}
