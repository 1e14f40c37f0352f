package org.bricshub.resolver;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered link: from an anchor (a Digital Link at some level, as its path) to a target, with the metadata a
 * resolver matches against a request (GS1-Conformant Resolver 1.2 §3: link type, language, context, media type).
 *
 * @param id the registry's id
 * @param anchor the anchor's path, e.g. {@code /01/09506000134376/10/LOT1}
 * @param orgId the organisation owning the anchor's company prefix
 * @param linkType the GS1 Web Vocabulary link type
 * @param href the target, an absolute http(s) URI
 * @param title a human-readable title
 * @param hreflang the target's languages (BCP 47 tags), possibly none
 * @param context the contexts the link applies in (e.g. a country code), possibly none
 * @param type the target's media type, if stated
 * @param isDefault whether it is a default link of its anchor
 * @param createdAt when it was registered
 */
public record Link(long id, String anchor, long orgId, LinkType linkType, String href, String title,
                   List<String> hreflang, List<String> context, Optional<String> type, boolean isDefault,
                   Instant createdAt) {
    public Link {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(linkType, "linkType");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(title, "title");
        hreflang = List.copyOf(hreflang);
        context = List.copyOf(context);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
