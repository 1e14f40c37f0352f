package org.bricshub.web.resolver;

import org.bricshub.gs1.DigitalLink;

/**
 * GS1-Conformant Resolver 1.2: "by default, SHALL pass on all key=value pairs in the query string of the request
 * URI when redirecting". The {@code linkType} parameter, addressed to the resolver itself, is not passed on.
 */
final class QueryPassthrough {
    private QueryPassthrough() {
    }

    /**
     * The query of a decompressed link: its data attributes were in the compressed path, and are passed on as if
     * the request had been the uncompressed link.
     */
    static String queryOf(DigitalLink link) {
        String uri = link.toUri();
        int q = uri.indexOf('?');
        return q < 0 ? null : uri.substring(q + 1);
    }

    /** The target with the request's raw query appended (before any fragment), {@code linkType} left out. */
    static String target(String href, String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return href;
        }
        StringBuilder kept = new StringBuilder(rawQuery.length());
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty() || pair.equals("linkType") || pair.startsWith("linkType=")) {
                continue;
            }
            kept.append(kept.isEmpty() ? "" : "&").append(pair);
        }
        if (kept.isEmpty()) {
            return href;
        }
        int hash = href.indexOf('#');
        String base = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        return base + (base.indexOf('?') < 0 ? '?' : '&') + kept + fragment;
    }
}
