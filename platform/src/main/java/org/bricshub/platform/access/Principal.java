package org.bricshub.platform.access;

import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.problem.ForbiddenException;

/** The authenticated caller: the key it presented, that key's organisation and role. */
public record Principal(long keyId, long orgId, OrganisationKind orgKind, Role role) {

    /** An admin key of the operator organisation administers the whole platform. */
    public boolean isPlatformAdmin() {
        return role == Role.ADMIN && orgKind == OrganisationKind.OPERATOR;
    }

    /** @throws ForbiddenException unless this caller is a platform admin */
    public void requirePlatformAdmin() {
        if (!isPlatformAdmin()) {
            throw new ForbiddenException("only an admin key of the platform operator may do this");
        }
    }

    /** @throws ForbiddenException unless this caller administers organisation {@code orgId} */
    public void requireAdminOf(long orgId) {
        if (!isPlatformAdmin() && !(role == Role.ADMIN && this.orgId == orgId)) {
            throw new ForbiddenException("key " + keyId + " may not administer organisation " + orgId
                    + ": an admin key of that organisation or of the platform operator is required");
        }
    }
}
