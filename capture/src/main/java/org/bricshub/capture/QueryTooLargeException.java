package org.bricshub.capture;

import org.bricshub.platform.problem.ProblemException;

/** More events match than the query's maxEventCount allows (EPCIS 2.0 §8.2.7.1, QueryTooLargeException). */
public final class QueryTooLargeException extends ProblemException {
    public QueryTooLargeException(int maxEventCount) {
        super(413, "epcisException:QueryTooLargeException", "Query too large",
                "more than maxEventCount=" + maxEventCount + " events match");
    }
}
