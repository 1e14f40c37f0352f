package org.bricshub.capture;

import java.util.List;
import org.bricshub.platform.access.Principal;

/**
 * What events a caller may read: all for the platform operator; otherwise those its organisation captured and
 * those naming an object under a prefix it owns or was delegated.
 */
final class Visibility {
    private final Delegations delegations;

    Visibility(Delegations delegations) {
        this.delegations = delegations;
    }

    /** The rule for one caller. */
    Rule of(Principal caller) {
        return ofOrganisation(caller.orgId(), caller.isPlatformAdmin());
    }

    /** The rule of an organisation, for work done on its behalf later (a subscription's deliveries). */
    Rule ofOrganisation(long orgId, boolean everything) {
        if (everything) {
            return new Rule(true, orgId, List.of());
        }
        return new Rule(false, orgId, delegations.prefixesOf(orgId).stream().map(p -> p + "%").toList());
    }

    /**
     * One caller's rule, as SQL over {@code capture_events e}.
     *
     * @param everything whether every event is visible
     * @param orgId the caller's organisation
     * @param likePatterns {@code prefix%} for each prefix
     */
    record Rule(boolean everything, long orgId, List<String> likePatterns) {
        Rule {
            likePatterns = List.copyOf(likePatterns);
        }

        /**
         * The SQL condition; its parameters are {@link #parameters()}. The identifiers of an event that another
         * organisation captured are looked up through their {@code seq} index, one event at a time: {@code offset 0}
         * keeps PostgreSQL from hashing the subquery instead, which would read every identifier row of the
         * repository ({@code like any} cannot use an index) whenever a query met such an event.
         */
        String sql() {
            return everything ? "true" : "(e.org_id = ? or exists (select 1 from capture_event_values v "
                    + "where v.seq = e.seq and v.gs1_key like any (?::text[]) offset 0))";
        }

        List<Object> parameters() {
            return everything ? List.of() : List.of(orgId, likePatterns.toArray(String[]::new));
        }
    }
}
