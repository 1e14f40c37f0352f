package org.bricshub.web.resolver;

import org.bricshub.gs1.DigitalLink;
import org.bricshub.resolver.Levels;
import org.bricshub.resolver.Resolution;
import org.bricshub.resolver.ResolutionRequest;

/**
 * The resolver's answer to one request, decided before anything is written (by the routes or their shortcut).
 *
 * @param compressed whether the request was a compressed Digital Link
 * @param query      the request's raw query, or null
 * @param linkHeader the {@code Link} header every resolved answer carries
 */
record Decision(DigitalLink link, boolean compressed, String query, ResolutionRequest request, Levels levels,
                Resolution resolution, String linkHeader) {

    /** The redirect's target with the request's query passed on (GS1-Conformant Resolver 1.2). */
    String location(Resolution.Redirect redirect) {
        return QueryPassthrough.target(redirect.link().href(), compressed ? QueryPassthrough.queryOf(link) : query);
    }
}
