package org.bricshub.resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The resolution decision of the GS1-Conformant Resolver 1.2, as a pure function of the request and the links of
 * every level from the request's level up to the primary key (links are inherited: serial → lot → GTIN).
 *
 * <ol>
 *   <li>No link at any level and a key unknown to the platform: not found (404).</li>
 *   <li>{@code linkType=linkset} (or {@code all}) or {@code Accept: application/linkset+json}: the linkset.</li>
 *   <li>A requested link type with links (at any level): the best of them, else the default behaviour.</li>
 *   <li>A browser asking for no link type on a serial-level link: the consumer (journey) page.</li>
 *   <li>Otherwise the best default link (any level), else the consumer page.</li>
 * </ol>
 * "Best" follows the standard's order of preference: the link type, then the language (Accept-Language, ranges in
 * order of quality, a primary subtag matching its regional variants), then the context ({@code context=}), then the
 * media type (Accept); then the most specific level. Links with the same target count once; several different
 * targets left make a 300 for a requested link type, and the oldest wins among default links (one default per
 * request, as the standard requires).
 */
public final class ResolutionRules {
    private static final Resolution LINKSET = new Resolution.Linkset();
    private static final Resolution CONSUMER_PAGE = new Resolution.ConsumerPage();
    private static final Resolution NOT_FOUND = new Resolution.NotFound();

    private ResolutionRules() {
    }

    /** A link and how far its level is from the request's level (0: the request's own level). */
    private record Candidate(Link link, int distance) {
    }

    /**
     * Decides the answer to {@code request}.
     *
     * @param levels the links of each level, the request's own level first, the primary key's last
     * @param keyKnown whether the platform knows the key (e.g. a registered product) even without links
     */
    public static Resolution decide(ResolutionRequest request, List<AnchoredLinks> levels, boolean keyKnown) {
        if (!keyKnown && candidates(levels, l -> true).isEmpty()) {
            return NOT_FOUND;
        }
        if (request.wantsLinkset()) {
            return LINKSET;
        }
        Optional<LinkType> asked = request.linkType().flatMap(LinkType::parse);
        boolean askedDefault = asked.map(t -> t.equals(LinkType.DEFAULT_LINK) || t.equals(LinkType.DEFAULT_LINK_MULTI))
                .orElse(false);
        if (asked.isPresent() && !askedDefault) {
            List<Candidate> typed = candidates(levels, l -> l.linkType().equals(asked.get()));
            if (!typed.isEmpty()) {
                List<Link> best = best(typed, request);
                return best.size() == 1 ? new Resolution.Redirect(best.get(0)) : new Resolution.MultipleChoices(best);
            }
        }
        if (!askedDefault && request.prefersHtml() && request.instanceLevel()) {
            return CONSUMER_PAGE;
        }
        List<Candidate> defaults = candidates(levels, Link::isDefault);
        return defaults.isEmpty() ? CONSUMER_PAGE : new Resolution.Redirect(best(defaults, request).get(0));
    }

    private static List<Candidate> candidates(List<AnchoredLinks> levels, Predicate<Link> wanted) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            for (Link l : levels.get(i).links()) {
                if (wanted.test(l)) {
                    out.add(new Candidate(l, i));
                }
            }
        }
        return out;
    }

    private static List<Link> best(List<Candidate> all, ResolutionRequest request) {
        List<Candidate> c = byLanguage(all, request.languages());
        c = byContext(c, request.context());
        c = byMediaType(c, request.mediaTypes());
        int nearest = Integer.MAX_VALUE;
        for (Candidate candidate : c) {
            nearest = Math.min(nearest, candidate.distance());
        }
        List<Link> out = new ArrayList<>(c.size());
        for (Candidate candidate : c) {
            if (candidate.distance() == nearest && !hasHref(out, candidate.link().href())) {
                out.add(candidate.link());
            }
        }
        return out;
    }

    private static List<Candidate> byLanguage(List<Candidate> in, List<String> ranges) {
        for (String range : ranges) {
            List<Candidate> m = filter(in, c -> c.link().hreflang().stream().anyMatch(tag -> languageMatches(tag, range)));
            if (!m.isEmpty()) {
                return m;
            }
        }
        List<Candidate> neutral = filter(in, c -> c.link().hreflang().isEmpty() || hasIgnoringCase(c.link().hreflang(), "und"));
        return neutral.isEmpty() ? in : neutral;
    }

    private static List<Candidate> byContext(List<Candidate> in, Optional<String> context) {
        if (context.isPresent()) {
            List<Candidate> m = filter(in, c -> hasIgnoringCase(c.link().context(), context.get()));
            if (!m.isEmpty()) {
                return m;
            }
        }
        List<Candidate> neutral = filter(in, c -> c.link().context().isEmpty() || hasIgnoringCase(c.link().context(), "und"));
        return neutral.isEmpty() ? in : neutral;
    }

    private static List<Candidate> byMediaType(List<Candidate> in, List<String> ranges) {
        for (String range : ranges) {
            List<Candidate> m = filter(in, c -> c.link().type().filter(t -> mediaTypeMatches(t, range)).isPresent());
            if (!m.isEmpty()) {
                return m;
            }
        }
        return in;
    }

    /** RFC 4647 basic filtering both ways: "en" matches "en-GB" links, and an "en-GB" reader takes an "en" link. */
    static boolean languageMatches(String tag, String range) {
        return tag.equalsIgnoreCase(range)
                || tag.regionMatches(true, 0, range + "-", 0, range.length() + 1)
                || range.regionMatches(true, 0, tag + "-", 0, tag.length() + 1);
    }

    static boolean mediaTypeMatches(String type, String range) {
        return range.endsWith("/*") ? type.regionMatches(true, 0, range, 0, range.length() - 1) : type.equalsIgnoreCase(range);
    }

    private static boolean hasHref(List<Link> links, String href) {
        for (Link l : links) {
            if (l.href().equals(href)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasIgnoringCase(List<String> values, String wanted) {
        for (String v : values) {
            if (v.equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static List<Candidate> filter(List<Candidate> in, Predicate<Candidate> keep) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (Candidate c : in) {
            if (keep.test(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
