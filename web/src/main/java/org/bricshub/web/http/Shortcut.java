package org.bricshub.web.http;

import java.util.List;
import java.util.Map;

/**
 * Answers a route's most frequent, body-less requests below the web framework ({@link FrontDoor}), where a request
 * costs a fraction of what routing, context and servlet layers add. It declines everything else (errors, pages,
 * anything unusual), which the route then answers as usual: a shortcut never decides differently from its route,
 * it only writes the same answer sooner.
 */
public interface Shortcut {
    /**
     * Runs on the connection's I/O (selector) thread, which serves many connections: it must answer from memory and
     * never block, declining whatever would wait (a cache miss, a database look-up).
     *
     * @param request a GET or HEAD request without a body
     * @return the answer, or null to leave the request to the routes
     */
    Answer answer(RequestView request);

    /** Headers of every answer of this shortcut, encoded once by {@link FrontDoor}. */
    default Map<String, String> fixedHeaders() {
        return Map.of();
    }

    /**
     * A body-less answer.
     *
     * @param route   the route template the request would have matched, for metrics ({@code /01/<path>})
     * @param headers name and value, in order; the security headers of {@link RequestGuards} and the shortcut's
     *                {@linkplain #fixedHeaders() fixed headers} are added to them
     * @param sent    run once the answer is accepted (not when the rate limit refuses it), never failing
     */
    record Answer(int status, String route, List<Map.Entry<String, String>> headers, Runnable sent) {
        public Answer {
            headers = List.copyOf(headers);
        }
    }
}
