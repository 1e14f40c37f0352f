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
        Requested requested = parse(path, query);
        ResolutionRequest request = ResolutionRequest.of(requested.link(), accept, acceptLanguage);
        Levels levels = resolver.levels(requested.link());
        Resolution resolution = resolver.resolve(request, levels);
        if (resolution instanceof Resolution.NotFound) {
            throw new UnknownCodeException(requested.link().levels().get(0).path());
        }
        return decision(requested, request, levels, resolution);
    }

    /**
     * {@link #decide}'s answer when it can be given from memory, without waiting for the database; null when the
     * key's links are not loaded yet, when no level has links (asking whether the key is known may need the
     * database) and for an unknown code.
     *
     * @throws RuntimeException as {@link #decide} does for a malformed request
     */
    Decision decideFromMemory(String path, String query, String accept, String acceptLanguage) {
        Requested requested = parse(path, query);
        Levels levels = resolver.levelsInMemory(requested.link()).orElse(null);
        if (levels == null || !levels.hasLinks()) {
            return null;
        }
        ResolutionRequest request = ResolutionRequest.of(requested.link(), accept, acceptLanguage);
        Resolution resolution = resolver.resolve(request, levels);
        return resolution instanceof Resolution.NotFound ? null : decision(requested, request, levels, resolution);
    }

    /** A parsed request path: the Digital Link, whether it came compressed, and the raw query. */
    private record Requested(DigitalLink link, boolean compressed, String query) { }

    private Requested parse(String path, String query) {
        String trimmed = path.length() > 1 && path.endsWith("/")
                ? path.substring(0, path.length() - 1)  // the standard asks resolvers to tolerate a trailing slash
                : path;
        String requested = resolver.root() + trimmed;
        boolean compressed = DigitalLinkCompression.isCompressed(requested);
        if (!compressed && trimmed.indexOf('/', 1) < 0) {
            throw new NotFoundException("no resource at " + path);
        }
        try {
            return new Requested(DigitalLink.parse(query == null ? requested : requested + "?" + query), compressed,
                    query);
        } catch (Gs1Exception e) {
            throw new InvalidDigitalLinkException(e);
        }
    }

    private Decision decision(Requested r, ResolutionRequest request, Levels levels, Resolution resolution) {
        return new Decision(r.link(), r.compressed(), r.query(), request, levels, resolution,
                linkHeader(r.link(), levels, r.compressed()));
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
