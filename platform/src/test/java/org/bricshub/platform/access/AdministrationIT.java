package org.bricshub.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.audit.AuditEntry;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.Organisation;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.platform.problem.ConflictException;
import org.bricshub.platform.problem.ForbiddenException;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.UnauthenticatedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdministrationIT {
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(T0);
    private DataSource db;
    private Authenticator authenticator;
    private Administration admin;
    private AuditLog audit;
    private Principal root;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.fresh();
        authenticator = new Authenticator(db, clock);
        audit = new AuditLog(db);
        admin = new Administration(db, clock, new OrganisationStore(db), audit, authenticator);
        Path keyFile = AdminBootstrap.run(db, clock, dataDir, "Operator", "CN").orElseThrow();
        root = authenticator.authenticate("Bearer " + Files.readString(keyFile).strip());
    }

    @Test
    void bootstrap_writesOwnerOnlyKeyFileOnce() throws Exception {
        Path keyFile = dataDir.resolve(AdminBootstrap.KEY_FILE);
        assertThat(Files.getPosixFilePermissions(keyFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(root.isPlatformAdmin()).isTrue();
        assertThat(AdminBootstrap.run(db, clock, dataDir, "Operator", "CN")).isEmpty();
        assertThat(audit.latest(10)).extracting(AuditEntry::action).contains("platform.bootstrap");
    }

    @Test
    void createOrganisation_byPlatformAdmin_isAudited() {
        Organisation tea = admin.createOrganisation(root, tea());
        assertThat(tea.prefixes()).containsExactly("6901234");
        assertThat(admin.listOrganisations(root)).extracting(Organisation::name).contains("Anxi Tea");
        assertThat(audit.latest(1).get(0).action()).isEqualTo("organisation.create");
        assertThat(audit.latest(1).get(0).actorKeyId()).contains(root.keyId());
    }

    @Test
    void createOrganisation_overlappingPrefix_conflictsAndWritesNothing() {
        admin.createOrganisation(root, tea());
        int before = admin.listOrganisations(root).size();
        assertThatThrownBy(() -> admin.createOrganisation(root,
                new NewOrganisation("Copycat", "CN", OrganisationKind.BRAND_OWNER, List.of("69012345"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("6901234");
        assertThat(admin.listOrganisations(root)).hasSize(before);
    }

    @Test
    void issueKey_authenticatesWithItsRole_andSecretIsNotStored() {
        Organisation tea = admin.createOrganisation(root, tea());
        IssuedKey issued = admin.issueKey(root, tea.id(), Role.OWNER, null);
        Principal p = authenticator.authenticate("Bearer " + issued.secret());
        assertThat(p.orgId()).isEqualTo(tea.id());
        assertThat(p.role()).isEqualTo(Role.OWNER);
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(audit.latest(1).get(0).detailJson()).doesNotContain(issued.secret());
    }

    @Test
    void authenticate_expiredKey_isRefused() {
        Organisation tea = admin.createOrganisation(root, tea());
        IssuedKey issued = admin.issueKey(root, tea.id(), Role.READER, T0.plus(Duration.ofHours(1)));
        authenticator.authenticate("Bearer " + issued.secret());
        clock.now = T0.plus(Duration.ofHours(2));
        assertThatThrownBy(() -> authenticator.authenticate("Bearer " + issued.secret()))
                .isInstanceOf(UnauthenticatedException.class).hasMessageContaining("expired");
    }

    @Test
    void revokeKey_takesEffectAtOnce() {
        Organisation tea = admin.createOrganisation(root, tea());
        IssuedKey issued = admin.issueKey(root, tea.id(), Role.OWNER, null);
        authenticator.authenticate("Bearer " + issued.secret()); // now cached
        admin.revokeKey(root, issued.key().id());
        assertThatThrownBy(() -> authenticator.authenticate("Bearer " + issued.secret()))
                .isInstanceOf(UnauthenticatedException.class).hasMessageContaining("revoked");
    }

    @Test
    void orgAdmin_mayManageOwnKeysButNotAnothersOrPlatform() {
        Organisation tea = admin.createOrganisation(root, tea());
        Organisation ship = admin.createOrganisation(root,
                new NewOrganisation("Xiamen Freight", "CN", OrganisationKind.LOGISTICS, List.of()));
        Principal teaAdmin = authenticator.authenticate("Bearer " + admin.issueKey(root, tea.id(), Role.ADMIN, null).secret());
        IssuedKey shipKey = admin.issueKey(root, ship.id(), Role.OWNER, null);

        assertThat(admin.issueKey(teaAdmin, tea.id(), Role.READER, null).key().orgId()).isEqualTo(tea.id());
        assertThat(admin.listOrganisations(teaAdmin)).extracting(Organisation::id).containsExactly(tea.id());
        assertThatThrownBy(() -> admin.issueKey(teaAdmin, ship.id(), Role.ADMIN, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> admin.revokeKey(teaAdmin, shipKey.key().id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> admin.createOrganisation(teaAdmin, tea()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void issueKey_expiryInPast_isInvalid() {
        Organisation tea = admin.createOrganisation(root, tea());
        assertThatThrownBy(() -> admin.issueKey(root, tea.id(), Role.OWNER, T0.minusSeconds(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("expiresAt:");
    }

    @Test
    void authenticate_badHeaders_sayWhy() {
        assertThatThrownBy(() -> authenticator.authenticate(null)).hasMessageContaining("required");
        assertThatThrownBy(() -> authenticator.authenticate("Basic abc")).hasMessageContaining("Bearer");
        assertThatThrownBy(() -> authenticator.authenticate("Bearer short")).hasMessageContaining("malformed");
        assertThatThrownBy(() -> authenticator.authenticate("Bearer " + ApiKeySecret.generate()))
                .hasMessageContaining("not known");
    }

    private static NewOrganisation tea() {
        return new NewOrganisation("Anxi Tea", "CN", OrganisationKind.BRAND_OWNER, List.of("6901234"));
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
