package org.bricshub.capture;

import org.bricshub.platform.problem.ProblemException;

/**
 * More results match than the query's limit allows (EPCIS 2.0 §8.2.7.1 maxEventCount, EPCIS 1.2 §8.2.7.2
 * maxElementCount: QueryTooLargeException).
 */
public final class QueryTooLargeException extends ProblemException {
    public QueryTooLargeException(int maxEventCount) {
        this("maxEventCount", maxEventCount, "events");
    }

    /**
     * @param parameter the limiting parameter, e.g. {@code maxElementCount}
     * @param max its value
     * @param what what was counted, e.g. {@code vocabulary elements}
     */
    public QueryTooLargeException(String parameter, int max, String what) {
        super(413, "epcisException:QueryTooLargeException", "Query too large",
                "more than " + parameter + "=" + max + " " + what + " match");
    }
}
