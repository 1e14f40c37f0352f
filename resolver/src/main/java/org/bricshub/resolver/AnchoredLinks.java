package org.bricshub.resolver;

import java.util.List;
import java.util.Objects;

/**
 * The links registered at one level of a Digital Link.
 *
 * @param anchor the level's path, e.g. {@code /01/09506000134376/10/LOT1}
 * @param links its links, oldest first
 */
public record AnchoredLinks(String anchor, List<Link> links) {
    public AnchoredLinks {
        Objects.requireNonNull(anchor, "anchor");
        links = List.copyOf(links);
    }
}
