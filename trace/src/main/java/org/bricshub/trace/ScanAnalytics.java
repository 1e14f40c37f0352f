package org.bricshub.trace;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.ForbiddenException;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;

/**
 * What recorded scans tell: scans per country and day and the alerts of a brand owner, and the warnings a consumer
 * sees for a scanned code. A GTIN belongs to the organisation holding its longest registered company prefix; only
 * keys of that organisation (and platform admins) read its scans and alerts.
 */
public final class ScanAnalytics implements CodeAlerts {
    public static final int MAX_DAYS = 366;
    private final DataSource db;
    private final ProductCodes codes;
    private final Clock clock;
    private final MasterDataStore masterData = new MasterDataStore();

    public ScanAnalytics(DataSource db, ProductCodes codes, Clock clock) {
        this.db = db;
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * Scans of the GTIN per UTC day and country over the last {@code days} days, today included.
     *
     * @throws InvalidInputException (gtin, days) for a malformed GTIN or a period outside 1..{@value #MAX_DAYS}
     * @throws ForbiddenException when the caller's organisation does not own the GTIN
     */
    public ScanSummary summary(Principal caller, String gtin, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "must be between 1 and " + MAX_DAYS);
        }
        String value = Gs1Input.gtin("gtin", gtin).value();
        LocalDate to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = to.minusDays(days - 1L);
        return Transaction.run(db, c -> {
            requireOwner(c, caller, value);
            List<ScanSummary.Count> counts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select day, country, scans from scan_counts "
                    + "where gtin = ? and day >= ? order by day, country = '', country")) {
                ps.setString(1, value);
                ps.setObject(2, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new ScanSummary.Count(rs.getObject(1, LocalDate.class),
                                Optional.of(rs.getString(2)).filter(country -> !country.isEmpty()), rs.getLong(3)));
                    }
                }
            }
            return new ScanSummary(value, from, to, counts);
        });
    }

    /**
     * The alerts of the GTIN, or of every GTIN the caller's organisation owns when {@code gtin} is empty; newest first,
     * at most 500.
     *
     * @throws ForbiddenException when the caller's organisation does not own the GTIN
     */
    public List<RaisedAlert> alerts(Principal caller, Optional<String> gtin) {
        Optional<String> value = gtin.map(g -> Gs1Input.gtin("gtin", g).value());
        return Transaction.run(db, c -> {
            if (value.isPresent()) {
                requireOwner(c, caller, value.get());
            }
            String where = value.isPresent() ? "gtin = ?" : "owner_org_id = ?";
            List<RaisedAlert> alerts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select kind, gtin, lot, serial, first_at, last_at, scans "
                    + "from scan_alerts where " + where + " order by last_at desc, gtin, lot, serial, kind limit 500")) {
                if (value.isPresent()) {
                    ps.setString(1, value.get());
                } else {
                    ps.setLong(1, caller.orgId());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        alerts.add(new RaisedAlert(kindOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                                rs.getLong(7)));
                    }
                }
            }
            return alerts;
        });
    }

    /**
     * The warnings for a scanned serialised code: never issued, recalled, taken out of use (from its current state),
     * or seen far apart (from recorded scans). Codes without a lot and serial have none.
     */
    /**
     * These alerts remembered per code, for the journey page that asks on every view: an answer is reused while
     * nothing that could change it was committed in this JVM (a batch issued, a code state changed, a far-apart alert
     * raised by {@code recorder}) and for at most a second, which bounds what writes of other servers may leave stale.
     */
    public CodeAlerts cachedWith(ScanRecorder recorder) {
        Cache<String, Stamped> remembered = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(Duration.ofSeconds(1)).build();
        return link -> {
            long stamp = codes.changes() + recorder.farApartBatches(); // read before the look-up: never newer than it
            String code = link.value("01").orElse("") + "/" + link.value("10").orElse("") + "/"
                    + link.value("21").orElse("");
            Stamped known = remembered.getIfPresent(code);
            if (known != null && known.stamp() == stamp) {
                return known.alerts();
            }
            Set<CodeAlert> alerts = activeFor(link);
            remembered.put(code, new Stamped(stamp, alerts));
            return alerts;
        };
    }

    private record Stamped(long stamp, Set<CodeAlert> alerts) {
    }

    @Override
    public Set<CodeAlert> activeFor(DigitalLink link) {
        Optional<String> gtin = link.value("01");
        Optional<String> lot = link.value("10");
        Optional<String> serial = link.value("21");
        if (gtin.isEmpty() || serial.isEmpty()) {
            return Set.of();
        }
        Set<CodeAlert> alerts = EnumSet.noneOf(CodeAlert.class);
        CodeCheck check = codes.check(gtin.get(), lot, serial);
        if (!check.genuine()) {
            alerts.add(CodeAlert.NEVER_ISSUED);
        } else if (check.state().orElse(CodeState.COMMISSIONED) == CodeState.RECALLED) {
            alerts.add(CodeAlert.RECALLED);
        } else if (check.state().orElse(CodeState.COMMISSIONED) == CodeState.DECOMMISSIONED) {
            alerts.add(CodeAlert.DECOMMISSIONED);
        }
        boolean farApart = Transaction.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("select 1 from scan_alerts where gtin = ? and lot = ? "
                    + "and serial = ? and kind = 'far_apart'")) {
                ps.setString(1, gtin.get());
                ps.setString(2, lot.orElse(""));
                ps.setString(3, serial.get());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (farApart) {
            alerts.add(CodeAlert.FAR_APART);
        }
        return Set.copyOf(alerts);
    }

    /** The alert's name on the wire and in the database, e.g. {@code far_apart}. */
    public static String wireName(CodeAlert alert) {
        return alert.name().toLowerCase(Locale.ROOT);
    }

    private static CodeAlert kindOf(String wireName) {
        return CodeAlert.valueOf(wireName.toUpperCase(Locale.ROOT));
    }

    private void requireOwner(Connection c, Principal caller, String gtin) throws SQLException {
        long owner = masterData.prefixOwner(c, gtin.substring(1)).orElseThrow(() ->
                new NotFoundException("no organisation holds a company prefix of GTIN " + gtin));
        if (!caller.isPlatformAdmin() && caller.orgId() != owner) {
            throw new ForbiddenException("only keys of organisation " + owner + " may read the scans of GTIN " + gtin);
        }
    }
}
