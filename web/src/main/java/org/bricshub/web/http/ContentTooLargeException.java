package org.bricshub.web.http;

import java.util.Map;
import org.bricshub.platform.problem.ProblemException;

/** The request announced a body over the limit (413). */
final class ContentTooLargeException extends ProblemException {
    private final long limit;

    ContentTooLargeException(long length, long limit) {
        super(413, "content-too-large", "Content too large",
                "the request body of " + length + " bytes exceeds the limit of " + limit + " bytes");
        this.limit = limit;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("limit", limit);
    }
}
