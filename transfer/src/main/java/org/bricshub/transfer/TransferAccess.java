package org.bricshub.transfer;

import java.util.Optional;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.problem.ForbiddenException;
import org.bricshub.platform.problem.NotFoundException;

/** Who may do what with listings. */
final class TransferAccess {
    private TransferAccess() {
    }

    /**
     * Moderators: the platform operator's keys that may act (not readers or auditors), and keys with role operator,
     * whose job the platform defines as day-to-day work such as moderation.
     */
    static boolean isModerator(Principal p) {
        boolean operatorOrg = p.orgKind() == OrganisationKind.OPERATOR && p.role() != Role.READER
                && p.role() != Role.AUDITOR;
        return operatorOrg || p.role() == Role.OPERATOR;
    }

    static void requireModerator(Principal p) {
        if (!isModerator(p)) {
            throw new ForbiddenException("only a key of the platform operator, or a key with role operator, may "
                    + "moderate listings");
        }
    }

    /** Keys with role admin or owner write their organisation's listings. */
    static void requireWriter(Principal p) {
        if (p.role() != Role.ADMIN && p.role() != Role.OWNER) {
            throw new ForbiddenException("key " + p.keyId() + " has role " + p.role().wireName()
                    + "; writing listings needs role admin or owner");
        }
    }

    static void requireOwner(Principal p, Listing l) {
        requireWriter(p);
        if (p.orgId() != l.orgId()) {
            throw new ForbiddenException("listing " + l.id() + " belongs to organisation " + l.orgId()
                    + "; only that organisation's keys may change it");
        }
    }

    /** Published listings are public; others only for their organisation and the moderators (404 to anyone else). */
    static Listing requireVisible(Optional<Principal> p, Listing l) {
        boolean visible = l.status() == ListingStatus.PUBLISHED
                || p.map(x -> x.orgId() == l.orgId() || isModerator(x)).orElse(false);
        if (!visible) {
            throw new NotFoundException("no listing " + l.id());
        }
        return l;
    }
}
