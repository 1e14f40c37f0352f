package org.bricshub.web.http;

import io.javalin.http.Context;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.access.Principal;

/** Who is calling: the {@link Principal} behind the request's bearer key, resolved once per request. */
public final class Callers {
    private static final String ATTRIBUTE = "bricshub.principal";
    private final Authenticator authenticator;

    public Callers(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** @throws org.bricshub.platform.problem.UnauthenticatedException when the key is missing or not valid */
    public Principal require(Context ctx) {
        Principal p = ctx.attribute(ATTRIBUTE);
        if (p == null) {
            p = authenticator.authenticate(ctx.header("Authorization"));
            ctx.attribute(ATTRIBUTE, p);
        }
        return p;
    }

    /** The caller behind an {@code Authorization} header (a WebSocket's, once upgraded). */
    public Principal require(String authorization) {
        return authenticator.authenticate(authorization);
    }
}
