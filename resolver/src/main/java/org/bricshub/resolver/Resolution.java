package org.bricshub.resolver;

import java.util.List;
import java.util.Objects;

/** What a resolver answers to a Digital Link request (GS1-Conformant Resolver 1.2 §3-4). */
public sealed interface Resolution {

    /** 307 to the single best link. */
    record Redirect(Link link) implements Resolution {
        public Redirect {
            Objects.requireNonNull(link, "link");
        }
    }

    /** 300: several links match the request equally well. */
    record MultipleChoices(List<Link> links) implements Resolution {
        public MultipleChoices {
            links = List.copyOf(links);
            if (links.size() < 2) {
                throw new IllegalArgumentException("multiple choices need at least two links");
            }
        }
    }

    /** 200 with the RFC 9264 linkset of every level up to the primary key. */
    record Linkset() implements Resolution {
    }

    /** The resolver's own page for the item (the journey page): no link chosen. */
    record ConsumerPage() implements Resolution {
    }

    /** 404: no link at any level and the key is not known to the platform. */
    record NotFound() implements Resolution {
    }
}
