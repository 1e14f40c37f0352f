package org.bricshub.web.resolver;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bricshub.gs1.ApplicationIdentifier;
import org.bricshub.gs1.ApplicationIdentifiers;
import org.bricshub.resolver.Resolution;
import org.bricshub.web.http.RequestView;
import org.bricshub.web.http.Shortcut;

/**
 * The 307 of an uncompressed Digital Link ({@code /01/…}), written ahead of the router with the very headers
 * {@link ResolverRoutes} writes, decided from memory only. Anything else the decision says (linksets, choices, the
 * consumer page), every failure and every key whose links are not in memory yet are left to the routes, which decide
 * again (loading the links) and answer as usual.
 */
final class RedirectShortcut implements Shortcut {
    private static final Set<String> PRIMARY_KEYS = ApplicationIdentifiers.all().stream()
            .filter(ApplicationIdentifier::primaryKey).map(ApplicationIdentifier::code).collect(Collectors.toSet());
    private static final Map<String, String> FIXED_HEADERS = Stream.concat(ResolverRoutes.CORS.entrySet().stream(),
                    Stream.of(Map.entry("Vary", ResolverRoutes.VARY)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    private final Decisions decisions;
    private final ScanListener scans;

    RedirectShortcut(Decisions decisions, ScanListener scans) {
        this.decisions = decisions;
        this.scans = scans;
    }

    @Override
    public Map<String, String> fixedHeaders() {
        return FIXED_HEADERS;
    }

    @Override
    public Answer answer(RequestView request) {
        String path = request.path();
        int slash = path.indexOf('/', 1);
        if (slash < 0 || !PRIMARY_KEYS.contains(path.substring(1, slash))) {
            return null;
        }
        Decision d;
        try {
            d = decisions.decideFromMemory(path, request.query(), request.header("Accept"),
                    request.header("Accept-Language"));
        } catch (RuntimeException e) {
            return null;  // the routes decide again and map the failure to its problem or page
        }
        if (d == null || !(d.resolution() instanceof Resolution.Redirect redirect)) {
            return null;
        }
        return new Answer(307, path.substring(0, slash) + "/<path>",
                List.of(Map.entry("Link", d.linkHeader()), Map.entry("Location", d.location(redirect))),
                () -> scans.scanned(request, d.link()));
    }
}
