package org.bricshub.resolver;

import java.util.List;

/**
 * The links of every level of one request, from the request's own level up to the primary key, and the HTTP Link
 * header that exposes them (GS1-Conformant Resolver 1.2: links are exposed even when redirecting).
 */
public final class Levels {
    private final List<AnchoredLinks> levels;
    private final String linkHeader;

    Levels(List<AnchoredLinks> levels, String linkHeader) {
        this.levels = List.copyOf(levels);
        this.linkHeader = linkHeader;
    }

    /** The levels, the request's own first and the primary key's last. */
    public List<AnchoredLinks> mostSpecificFirst() {
        return levels;
    }

    /** Whether any level has a link. */
    public boolean hasLinks() {
        for (AnchoredLinks level : levels) {
            if (!level.links().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The Link header members of every link of every level (RFC 8288), empty when there are none. */
    public String linkHeader() {
        return linkHeader;
    }
}
