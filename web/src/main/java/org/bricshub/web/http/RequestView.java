package org.bricshub.web.http;

import io.javalin.http.Context;

/**
 * The parts of a request that handlers below the routes read, whether the request came through Javalin's
 * {@link Context} or straight from Jetty ({@link FrontDoor}). Paths and queries are raw, as sent (not decoded).
 */
public interface RequestView {
    String path();

    /** The raw query string, or null when there is none. */
    String query();

    /** The first value of a header, or null. */
    String header(String name);

    /** The first value of a query parameter, decoded, or null. */
    String queryParam(String name);

    static RequestView of(Context ctx) {
        return new RequestView() {
            @Override
            public String path() {
                return ctx.path();
            }

            @Override
            public String query() {
                return ctx.queryString();
            }

            @Override
            public String header(String name) {
                return ctx.header(name);
            }

            @Override
            public String queryParam(String name) {
                return ctx.queryParam(name);
            }
        };
    }
}
