package org.bricshub.web.resolver;

import org.bricshub.platform.problem.ProblemException;

/** A valid Digital Link whose key has no link and is not known to the platform (404): the code was never issued. */
public final class UnknownCodeException extends ProblemException {
    /** The problem type slug, for the browser's error page. */
    public static final String SLUG = "unknown-code";

    public UnknownCodeException(String keyPath) {
        super(404, SLUG, "Unknown GS1 key", "no product, location or link is registered for " + keyPath
                + " on this resolver: the code was not issued here and may not be genuine");
    }
}
