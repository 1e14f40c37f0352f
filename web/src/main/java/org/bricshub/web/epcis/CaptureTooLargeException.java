package org.bricshub.web.epcis;

import org.bricshub.platform.problem.ProblemException;

/** A capture over the advertised count or size limit (EPCIS 2.0 REST binding: 413 CaptureLimitExceededException). */
final class CaptureTooLargeException extends ProblemException {
    CaptureTooLargeException(String detail) {
        super(413, "epcisException:CaptureLimitExceededException", "Capture limit exceeded", detail);
    }
}
