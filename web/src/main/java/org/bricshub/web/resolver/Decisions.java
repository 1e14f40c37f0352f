package org.bricshub.web.resolver;

import org.bricshub.gs1.DigitalLink;
import org.bricshub.gs1.DigitalLinkCompression;
import org.bricshub.gs1.Gs1Exception;
import org.bricshub.platform.problem.NotFoundException;
import org.bricshub.resolver.Levels;
import org.bricshub.resolver.LinkHeaders;
import org.bricshub.resolver.Resolution;
import org.bricshub.resolver.ResolutionRequest;
import org.bricshub.resolver.Resolver;

/** Reads a Digital Link request and asks the resolver module for the {@link Decision}; writes nothing. */
final class Decisions {
    private final Resolver resolver;

    Decisions(Resolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @param path  the raw request path ({@code /01/…} or a compressed link)
     * @param query the raw query, or null
     * @throws NotFoundException           for a single segment that is not a compressed Digital Link
     * @throws InvalidDigitalLinkException for a path that breaks the Digital Link syntax
     * @throws UnknownCodeException        for a valid key with nothing known about it
     */
    Decision decide(String path, String query, String accept, String acceptLanguage) {
        String trimmed = path.length() > 1 && path.endsWith("/")
                ? path.substring(0, path.length() - 1)  // the standard asks resolvers to tolerate a trailing slash
                : path;
        String requested = resolver.root() + trimmed;
        boolean compressed = DigitalLinkCompression.isCompressed(requested);
        if (!compressed && trimmed.indexOf('/', 1) < 0) {
            throw new NotFoundException("no resource at " + path);
        }
        DigitalLink link;
        try {
            link = DigitalLink.parse(query == null ? requested : requested + "?" + query);
        } catch (Gs1Exception e) {
            throw new InvalidDigitalLinkException(e);
        }
        ResolutionRequest request = ResolutionRequest.of(link, accept, acceptLanguage);
        Levels levels = resolver.levels(link);
        Resolution resolution = resolver.resolve(request, levels);
        if (resolution instanceof Resolution.NotFound) {
            throw new UnknownCodeException(link.levels().get(0).path());
        }
        return new Decision(link, compressed, query, request, levels, resolution, linkHeader(link, levels, compressed));
    }

    private String linkHeader(DigitalLink link, Levels levels, boolean compressed) {
        String uncompressed = resolver.root() + link.path();
        StringBuilder header = new StringBuilder(LinkHeaders.member(uncompressed + "?linkType=linkset", "linkset",
                "Linkset")).append("; type=\"").append(ResolutionRequest.LINKSET_JSON).append('"');
        if (!levels.linkHeader().isEmpty()) {
            header.append(", ").append(levels.linkHeader());
        }
        if (compressed) {
            header.append(", ").append(LinkHeaders.member(link.withStem(resolver.root()).toUri(), "owl:sameAs",
                    "Uncompressed GS1 Digital Link"));
        }
        return header.toString();
    }
}
