package org.bricshub.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.i18n.Language;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.platform.problem.ForbiddenException;
import org.bricshub.platform.problem.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans through the real recorder into PostgreSQL: alerts raised, summaries and warnings per owner. */
class ScanAnalyticsIT {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final String GTIN = "09506000134352";
    private static final String UNREGISTERED_GTIN = "09506000134369";
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private DataSource db;
    private ProductCodes codes;
    private ScanRecorder recorder;
    private ScanAnalytics analytics;
    private Principal ownerA;
    private Principal ownerB;
    private List<String> serials;

    @BeforeEach
    void setUp(@TempDir Path dir) {
        db = TestDatabase.fresh();
        codes = new ProductCodes(db, clock, SerialKeys.openOrCreate(dir), URI.create("https://codes.example.org"), 1000);
        ownerA = principal("Anxi Tea", "9506000");
        ownerB = principal("Durban Rooibos", "9506001");
        codes.createProduct(ownerA, new NewProduct(Gs1Input.gtin("gtin", GTIN),
                LocalisedText.parse("name", Map.of("zh", "铁观音"), 200), new LocalisedText(Map.of()), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Language.ZH));
        codes.issueBatch(ownerA, GTIN, new NewBatch("L1", 5, Optional.empty(), Optional.empty(), SerialFormat.DIGITS,
                List.of()));
        serials = new ArrayList<>();
        codes.codes(ownerA, GTIN, "L1", 0, Optional.empty()).forEach(c -> serials.add(c.serial()));
        recorder = ScanRecorder.start(db, codes, clock, 1000);
        analytics = new ScanAnalytics(db, codes, clock);
    }

    @AfterEach
    void tearDown() {
        recorder.close();
    }

    @Test
    void record_genuineScansInOneCountry_raiseNothing() throws Exception {
        scan(serials.get(0), "BR", 30);
        scan(serials.get(0), "BR", 10);
        flush();
        assertThat(analytics.alerts(ownerA, Optional.empty())).isEmpty();
        assertThat(analytics.activeFor(link(serials.get(0)))).isEmpty();
        assertThat(count("scans")).isEqualTo(2);
        String language = Transaction.run(db, c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select string_agg(distinct language, ',') from scans")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(language).as("negotiated by the writer from Accept-Language").isEqualTo("pt");
    }

    @Test
    void record_sameSerialInTwoCountriesWithinAnHour_raisesFarApart() throws Exception {
        scan(serials.get(1), "BR", 40);
        scan(serials.get(1), "ZA", 10);
        flush();
        List<RaisedAlert> alerts = analytics.alerts(ownerA, Optional.of(GTIN));
        assertThat(alerts).extracting(RaisedAlert::kind, RaisedAlert::serial)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CodeAlert.FAR_APART, serials.get(1)));
        assertThat(analytics.activeFor(link(serials.get(1)))).containsExactly(CodeAlert.FAR_APART);
        assertThat(analytics.activeFor(link(serials.get(2)))).isEmpty();
    }

    @Test
    void reportPlace_saoPauloThenJohannesburgTwoHoursApart_raisesFarApart() throws Exception {
        UUID first = scan(serials.get(2), null, 3);  // within the place window of the fixed clock
        UUID second = scan(serials.get(2), null, 1);
        flush();
        assertThat(analytics.alerts(ownerA, Optional.empty())).isEmpty();
        recorder.reportPlace(first, ScanPlace.rounded(-23.55, -46.63));
        recorder.reportPlace(second, ScanPlace.rounded(-26.20, 28.05));
        recorder.reportPlace(second, ScanPlace.rounded(0, 0));  // a second report for one scan changes nothing
        flush();
        assertThat(analytics.activeFor(link(serials.get(2)))).containsExactly(CodeAlert.FAR_APART);
        List<Integer> stored = Transaction.run(db, c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select lat_tenths, lon_tenths from scans where id = '" + second + "'")) {
                rs.next();
                return List.of(rs.getInt(1), rs.getInt(2));
            }
        });
        assertThat(stored).containsExactly(-262, 281);
    }

    @Test
    void record_neverIssuedSerialUnderTheOwnersPrefix_raisesNeverIssued() throws Exception {
        scan("99999999999", "CN", 5);
        scanOf(UNREGISTERED_GTIN, "L1", "1", "CN");
        scanOf("09506010000005", "L1", "1", "CN");  // under no registered prefix: nobody to tell
        flush();
        assertThat(analytics.alerts(ownerA, Optional.empty())).extracting(RaisedAlert::kind, RaisedAlert::gtin)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(CodeAlert.NEVER_ISSUED, GTIN),
                        org.assertj.core.groups.Tuple.tuple(CodeAlert.NEVER_ISSUED, UNREGISTERED_GTIN));
        assertThat(analytics.activeFor(link("99999999999"))).containsExactly(CodeAlert.NEVER_ISSUED);
        assertThat(analytics.alerts(ownerB, Optional.empty())).isEmpty();
    }

    @Test
    void record_oneCodeScannedRepeatedly_countsEveryScanOnceAgainstOneAlert() throws Exception {
        for (long minutesAgo : new long[] {9, 3, 7, 5}) {
            scan("99999999999", null, minutesAgo);
        }
        flush();
        scan("99999999999", null, 1);
        flush();
        assertThat(analytics.alerts(ownerA, Optional.empty())).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(CodeAlert.NEVER_ISSUED);
            assertThat(a.scans()).isEqualTo(5);
            assertThat(a.firstAt()).isEqualTo(NOW.minus(Duration.ofMinutes(9)));
            assertThat(a.lastAt()).isEqualTo(NOW.minus(Duration.ofMinutes(1)));
        });
        assertThat(count("scans")).isEqualTo(5);
    }

    @Test
    void record_recalledAndDecommissionedItems_raiseTheirAlerts() throws Exception {
        codes.changeState(ownerA, link(serials.get(3)).toUri(), CodeState.RECALLED);
        codes.changeState(ownerA, link(serials.get(4)).toUri(), CodeState.DECOMMISSIONED);
        scan(serials.get(3), "ZA", 5);
        scan(serials.get(3), "ZA", 4);
        scan(serials.get(4), "ZA", 5);
        flush();
        List<RaisedAlert> alerts = analytics.alerts(ownerA, Optional.of(GTIN));
        assertThat(alerts).extracting(RaisedAlert::kind, RaisedAlert::scans).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(CodeAlert.RECALLED, 2L),
                org.assertj.core.groups.Tuple.tuple(CodeAlert.DECOMMISSIONED, 1L));
        assertThat(analytics.activeFor(link(serials.get(3)))).containsExactly(CodeAlert.RECALLED);
        assertThat(analytics.activeFor(link(serials.get(4)))).containsExactly(CodeAlert.DECOMMISSIONED);
    }

    @Test
    void cachedWith_answersFromMemory_yetSeesStateChangesAndNewAlertsAtOnce() throws Exception {
        CodeAlerts cached = analytics.cachedWith(recorder);
        assertThat(cached.activeFor(link(serials.get(1)))).isEmpty();
        codes.changeState(ownerA, link(serials.get(1)).toUri(), CodeState.RECALLED);
        assertThat(cached.activeFor(link(serials.get(1)))).containsExactly(CodeAlert.RECALLED);

        assertThat(cached.activeFor(link(serials.get(2)))).isEmpty();
        scan(serials.get(2), "BR", 30);
        scan(serials.get(2), "ZA", 10);
        flush();
        assertThat(cached.activeFor(link(serials.get(2)))).containsExactly(CodeAlert.FAR_APART);

        Transaction.run(db, c -> c.createStatement().executeUpdate("delete from scan_alerts"));
        assertThat(cached.activeFor(link(serials.get(2)))).as("unchanged in this JVM: remembered")
                .containsExactly(CodeAlert.FAR_APART);
    }

    @Test
    void summary_countsPerDayAndCountry_forTheOwnerOnly() throws Exception {
        scan(serials.get(0), "BR", 60 * 24 * 2);
        scan(serials.get(0), "BR", 60 * 24 * 2 + 1);
        scan(serials.get(1), "ZA", 30);
        scan(serials.get(1), null, 20);
        flush();
        ScanSummary summary = analytics.summary(ownerA, GTIN, 7);
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(summary.from()).isEqualTo(today.minusDays(6));
        assertThat(summary.counts()).containsExactly(
                new ScanSummary.Count(today.minusDays(2), Optional.of("BR"), 2),
                new ScanSummary.Count(today, Optional.of("ZA"), 1),
                new ScanSummary.Count(today, Optional.empty(), 1));
        assertThat(analytics.summary(ownerA, GTIN, 1).total()).isEqualTo(2);
        assertThatThrownBy(() -> analytics.summary(ownerB, GTIN, 7)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> analytics.alerts(ownerB, Optional.of(GTIN))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> analytics.summary(ownerA, GTIN, 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("days");
        assertThatThrownBy(() -> analytics.summary(ownerA, "09506000134353", 7))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("gtin");
    }

    private UUID scan(String serial, String country, long minutesAgo) {
        return scanOf(GTIN, "L1", serial, country, minutesAgo);
    }

    private void scanOf(String gtin, String lot, String serial, String country) {
        scanOf(gtin, lot, serial, country, 1);
    }

    private UUID scanOf(String gtin, String lot, String serial, String country, long minutesAgo) {
        Instant at = NOW.minus(Duration.ofMinutes(minutesAgo));
        UUID id = Scan.newId(at, new SecureRandom().nextLong());
        assertThat(recorder.record(new Scan(id, at, gtin, Optional.of(lot), Optional.of(serial),
                new LanguageAsked(null, "pt-BR,pt;q=0.9"), Optional.ofNullable(country)))).isTrue();
        return id;
    }

    private void flush() throws InterruptedException {
        assertThat(recorder.awaitWritten(Duration.ofSeconds(10))).isTrue();
        assertThat(recorder.counts().failed()).isZero();
    }

    private static DigitalLink link(String serial) {
        return DigitalLink.parse("https://codes.example.org/01/" + GTIN + "/10/L1/21/" + serial);
    }

    private long count(String table) {
        return Transaction.run(db, c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private Principal principal(String name, String prefix) {
        return Transaction.run(db, c -> {
            long org = new OrganisationStore(db).create(c, new NewOrganisation(name, "CN", OrganisationKind.BRAND_OWNER,
                    List.of(prefix)), Instant.now()).id();
            byte[] hash = new byte[32];
            new SecureRandom().nextBytes(hash);
            try (PreparedStatement ps = c.prepareStatement("insert into api_keys (org_id, role, key_hash, created_at) "
                    + "values (?, 'owner', ?, now()) returning id")) {
                ps.setLong(1, org);
                ps.setBytes(2, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Principal(rs.getLong(1), org, OrganisationKind.BRAND_OWNER, Role.OWNER);
                }
            }
        });
    }
}
