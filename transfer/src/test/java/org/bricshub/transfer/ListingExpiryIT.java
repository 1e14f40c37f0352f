package org.bricshub.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.i18n.Language;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.org.OrganisationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingExpiryIT {
    @TempDir
    Path data;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-10T08:00:00Z"));
    private TechnologyTransfer transfer;
    private Principal operator;
    private Principal owner;

    @BeforeEach
    void open() {
        DataSource db = TestDatabase.fresh();
        transfer = TechnologyTransfer.open(db, data, clock);
        operator = Fixtures.principal(db, OrganisationKind.OPERATOR, Role.ADMIN);
        owner = Fixtures.principal(db, OrganisationKind.RESEARCH_INSTITUTION, Role.OWNER);
    }

    @AfterEach
    void close() {
        transfer.close();
    }

    private Listing published(String title) {
        Listing l = transfer.create(owner, Fixtures.input(ListingType.OFFER, Language.EN, title, "Summary of " + title),
                false);
        return transfer.approve(operator, l.id());
    }

    @Test
    void expireDue_movesListingsPastTheirYearToExpiredAndOutOfSearch() {
        Listing old = published("Perovskite solar cell");
        clock.advance(Duration.ofDays(200));
        Listing young = published("Wind turbine blade");
        clock.advance(Duration.ofDays(166));

        assertThat(transfer.expireDue()).isEqualTo(1);
        assertThat(transfer.get(Optional.of(owner), old.id()).status()).isEqualTo(ListingStatus.EXPIRED);
        assertThat(transfer.get(Optional.empty(), young.id()).status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(transfer.search(SearchQuery.of("perovskite", Language.EN)).total()).isZero();
        assertThat(transfer.expireDue()).isZero();
        assertThat(transfer.indexAgrees()).isTrue();
    }

    @Test
    void renew_publishesAnExpiredListingForAnotherYear() {
        Listing l = published("Perovskite solar cell");
        clock.advance(Duration.ofDays(366));
        transfer.expireDue();
        Listing renewed = transfer.renew(owner, l.id());
        assertThat(renewed.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(renewed.expiresAt()).contains(clock.instant().plus(Duration.ofDays(365)));
        assertThat(transfer.search(SearchQuery.of("perovskite", Language.EN)).total()).isEqualTo(1);
    }

    @Test
    void scheduleExpiry_expiresInTheBackground() throws InterruptedException {
        Listing l = published("Perovskite solar cell");
        clock.advance(Duration.ofDays(366));
        transfer.scheduleExpiry(Duration.ofMillis(20));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (transfer.get(Optional.of(owner), l.id()).status() != ListingStatus.EXPIRED
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(transfer.get(Optional.of(owner), l.id()).status()).isEqualTo(ListingStatus.EXPIRED);
    }
}
