package org.bricshub.web.resolver;

import io.javalin.http.Context;
import org.bricshub.gs1.DigitalLink;

/**
 * What a browser sees when it opens a Digital Link and asks for no particular link type: the journey page
 * (GS1-Conformant Resolver 1.2 lets the resolver answer such a request with its own default content).
 */
@FunctionalInterface
public interface ConsumerPage {
    /** Answers {@code ctx} for the syntactically valid {@code link}; may answer 404 for a code that was never issued. */
    void show(Context ctx, DigitalLink link) throws Exception;
}
