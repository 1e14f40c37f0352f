package org.bricshub.platform.access;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.Organisation;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;

/**
 * Administration of organisations and API keys. Each change is authorised for the caller, made in one transaction
 * together with its audit entry, and never returns or logs a secret except the new key in {@link IssuedKey}.
 */
public final class Administration {
    private final DataSource dataSource;
    private final Clock clock;
    private final OrganisationStore organisations;
    private final AuditLog audit;
    private final Authenticator authenticator;
    private final ApiKeyStore keys = new ApiKeyStore();

    public Administration(DataSource dataSource, Clock clock, OrganisationStore organisations, AuditLog audit,
                          Authenticator authenticator) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.organisations = organisations;
        this.audit = audit;
        this.authenticator = authenticator;
    }

    /** Platform admins only. */
    public Organisation createOrganisation(Principal actor, NewOrganisation org) {
        actor.requirePlatformAdmin();
        Instant now = clock.instant();
        return Transaction.run(dataSource, c -> {
            Organisation created = organisations.create(c, org, now);
            audit.record(c, now, actor.keyId(), actor.orgId(), "organisation.create", "organisation/" + created.id(),
                    Map.of("name", created.name(), "country", created.country(), "kind", created.kind().wireName(),
                            "prefixes", created.prefixes()));
            return created;
        });
    }

    /** All organisations for a platform admin; a caller's own organisation otherwise. */
    public List<Organisation> listOrganisations(Principal actor) {
        if (actor.isPlatformAdmin()) {
            return organisations.list();
        }
        return organisations.find(actor.orgId()).stream().toList();
    }

    public Organisation organisation(Principal actor, long orgId) {
        actor.requireAdminOf(orgId);
        return organisations.find(orgId).orElseThrow(() -> new NotFoundException("no organisation " + orgId));
    }

    /** Issues a key for {@code orgId}; the caller administers that organisation. */
    public IssuedKey issueKey(Principal actor, long orgId, Role role, Instant expiresAt) {
        actor.requireAdminOf(orgId);
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidInputException("expiresAt", "must be in the future");
        }
        organisation(actor, orgId);
        return Transaction.run(dataSource, c -> {
            IssuedKey issued = keys.issue(c, orgId, role, actor.keyId(), now, expiresAt);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("role", role.wireName());
            detail.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
            audit.record(c, now, actor.keyId(), actor.orgId(), "key.issue", "key/" + issued.key().id(), detail);
            return issued;
        });
    }

    public List<ApiKey> listKeys(Principal actor, long orgId) {
        organisation(actor, orgId);
        return Transaction.run(dataSource, c -> keys.listForOrg(c, orgId));
    }

    /** Revokes a key of an organisation the caller administers; effective at once on this server. */
    public void revokeKey(Principal actor, long keyId) {
        Instant now = clock.instant();
        Transaction.run(dataSource, c -> {
            ApiKey key = keys.find(c, keyId).orElseThrow(() -> new NotFoundException("no key " + keyId));
            actor.requireAdminOf(key.orgId());
            keys.revoke(c, keyId, now);
            audit.record(c, now, actor.keyId(), actor.orgId(), "key.revoke", "key/" + keyId,
                    Map.of("orgId", key.orgId()));
            return null;
        });
        authenticator.forget();
    }

}
