package org.bricshub.resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.bricshub.gs1.AiElement;
import org.bricshub.gs1.DigitalLink;

/**
 * A resolution request: the Digital Link asked for and what the client said it prefers.
 *
 * @param link the Digital Link, uncompressed, with its query
 * @param linkType the {@code linkType} query parameter, as given
 * @param context the {@code context} query parameter
 * @param languages the Accept-Language ranges, best first, lower-case, without "*"
 * @param mediaTypes the Accept media ranges, best first, lower-case, without "*&#47;*"
 */
public record ResolutionRequest(DigitalLink link, Optional<String> linkType, Optional<String> context,
                                List<String> languages, List<String> mediaTypes) {
    /** The RFC 9264 JSON linkset media type. */
    public static final String LINKSET_JSON = "application/linkset+json";

    public ResolutionRequest {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(linkType, "linkType");
        Objects.requireNonNull(context, "context");
        languages = List.copyOf(languages);
        mediaTypes = List.copyOf(mediaTypes);
    }

    /** The request for {@code link} with the given Accept and Accept-Language headers (either may be null). */
    public static ResolutionRequest of(DigitalLink link, String accept, String acceptLanguage) {
        Optional<String> linkType = Optional.empty();
        Optional<String> context = Optional.empty();
        for (DigitalLink.Parameter p : link.otherParameters()) {
            if (linkType.isEmpty() && p.name().equals("linkType")) {
                linkType = Optional.of(p.value());
            } else if (context.isEmpty() && p.name().equals("context")) {
                context = Optional.of(p.value());
            }
        }
        return new ResolutionRequest(link, linkType, context, values(acceptLanguage, "*"), values(accept, "*/*"));
    }

    /**
     * Whether the client asks for the linkset: {@code linkType=linkset}, its older spelling {@code linkType=all}, or
     * the linkset media type as its first choice.
     */
    public boolean wantsLinkset() {
        if (linkType.isPresent()) {
            String t = linkType.get().toLowerCase(Locale.ROOT);
            if (t.equals("linkset") || t.equals("all") || t.equals("gs1:linkset")) {
                return true;
            }
        }
        return !mediaTypes.isEmpty() && mediaTypes.get(0).equals(LINKSET_JSON);
    }

    /** Whether the client's first choice is an HTML page: a browser navigating to the link. */
    public boolean prefersHtml() {
        return !mediaTypes.isEmpty()
                && (mediaTypes.get(0).equals("text/html") || mediaTypes.get(0).equals("application/xhtml+xml"));
    }

    /** Whether the link identifies one instance: a serial (21) or third-party controlled serial (235) qualifier. */
    public boolean instanceLevel() {
        for (AiElement q : link.qualifiers()) {
            if (q.ai().equals("21") || q.ai().equals("235")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> values(String header, String wildcard) {
        List<String> out = new ArrayList<>(4);
        for (Preferences.Ranked r : Preferences.ranked(header)) {
            if (!r.value().equals(wildcard)) {
                out.add(r.value());
            }
        }
        return out;
    }
}
