package org.bricshub.web.resolver;

import io.javalin.http.Context;
import org.bricshub.gs1.DigitalLink;

/** Told of every resolved scan (redirect, linkset or page); must return at once and never fail the request. */
@FunctionalInterface
public interface ScanListener {
    ScanListener NONE = (ctx, link) -> { };

    void scanned(Context ctx, DigitalLink link);
}
