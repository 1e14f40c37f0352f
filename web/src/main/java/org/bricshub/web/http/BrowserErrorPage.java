package org.bricshub.web.http;

import io.javalin.http.Context;

/** Renders a failure as a page for a person in a browser, in their language, instead of a problem document. */
@FunctionalInterface
public interface BrowserErrorPage {
    void render(Context ctx, int status);

    /** Renders a problem whose type ({@code slug}) the page may word specially, e.g. an invalid GS1 Digital Link. */
    default void render(Context ctx, int status, String slug) {
        render(ctx, status);
    }

    /** A browser navigating to a page asks for HTML first; API clients never do. */
    static boolean isWanted(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.startsWith("text/html") && !ctx.path().startsWith("/api/");
    }
}
