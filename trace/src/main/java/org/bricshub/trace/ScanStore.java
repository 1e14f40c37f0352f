package org.bricshub.trace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.platform.db.Transaction;

/**
 * Writes batches of scans and place reports, and raises the alerts they imply: a code that was never issued,
 * an item recalled or taken out of use, a serial seen in places too far apart ({@link FarApart}).
 */
final class ScanStore implements ScanRecorder.Sink {
    private final DataSource db;
    private final ProductCodes codes;
    private final MasterDataStore masterData = new MasterDataStore();
    private final java.util.concurrent.atomic.AtomicLong farApartBatches = new java.util.concurrent.atomic.AtomicLong();

    ScanStore(DataSource db, ProductCodes codes) {
        this.db = db;
        this.codes = codes;
    }

    /** A scan of a serialised code, as the alert checks need it. */
    private record Seen(java.util.UUID id, String gtin, String lot, String serial, FarApart.Sighting sighting) {
    }

    @Override
    public long farApartBatches() {
        return farApartBatches.get();
    }

    @Override
    public void write(List<?> items) {
        List<ScanWork> batch = items.stream().map(ScanWork.class::cast).toList();
        boolean raised = Transaction.run(db, c -> {
            List<Seen> serialised = new ArrayList<>();
            List<Seen> placed = new ArrayList<>();
            insert(c, batch, serialised);
            for (ScanWork work : batch) {
                if (work instanceof ScanWork.PlaceReport report) {
                    place(c, report).ifPresent(placed::add);
                }
            }
            boolean farApart = false;
            for (Seen seen : serialised) {
                codeAlert(c, seen);
                farApart |= farApart(c, seen);
            }
            for (Seen seen : placed) {
                farApart |= farApart(c, seen);
            }
            return farApart;
        });
        if (raised) {
            farApartBatches.incrementAndGet(); // once committed: see ScanAnalytics#cachedWith
        }
    }

    private static void insert(Connection c, List<ScanWork> batch, List<Seen> serialised) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into scans (id, scanned_at, gtin, lot, serial, language, "
                + "country) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            for (ScanWork work : batch) {
                if (work instanceof Scan s) {
                    ps.setObject(1, s.id());
                    ps.setTimestamp(2, Timestamp.from(s.at()));
                    ps.setString(3, s.gtin());
                    ps.setString(4, s.lot().orElse(null));
                    ps.setString(5, s.serial().orElse(null));
                    ps.setString(6, s.language().negotiate().tag());
                    ps.setString(7, s.country().orElse(null));
                    ps.addBatch();
                    if (s.serial().isPresent()) {
                        serialised.add(new Seen(s.id(), s.gtin(), s.lot().orElse(""), s.serial().get(),
                                new FarApart.Sighting(s.at(), s.country(), Optional.empty())));
                    }
                }
            }
            ps.executeBatch();
        }
    }

    /** Stores the place when the scan exists and has none yet; the scan as it now is, if it is serialised. */
    private static Optional<Seen> place(Connection c, ScanWork.PlaceReport report) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update scans set lat_tenths = ?, lon_tenths = ?, placed_at = ? "
                + "where id = ? and lat_tenths is null returning gtin, lot, serial, scanned_at, country")) {
            ps.setInt(1, report.place().latTenths());
            ps.setInt(2, report.place().lonTenths());
            ps.setTimestamp(3, Timestamp.from(report.at()));
            ps.setObject(4, report.scanId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(3) == null) {
                    return Optional.empty();
                }
                return Optional.of(new Seen(report.scanId(), rs.getString(1), Optional.ofNullable(rs.getString(2)).orElse(""),
                        rs.getString(3), new FarApart.Sighting(rs.getTimestamp(4).toInstant(),
                        Optional.ofNullable(rs.getString(5)), Optional.of(report.place()))));
            }
        }
    }

    private void codeAlert(Connection c, Seen seen) throws SQLException {
        CodeCheck check = codes.check(seen.gtin(), Optional.of(seen.lot()).filter(l -> !l.isEmpty()),
                Optional.of(seen.serial()));
        Optional<CodeAlert> alert = !check.genuine() ? Optional.of(CodeAlert.NEVER_ISSUED)
                : switch (check.state().orElse(CodeState.COMMISSIONED)) {
                    case RECALLED -> Optional.of(CodeAlert.RECALLED);
                    case DECOMMISSIONED -> Optional.of(CodeAlert.DECOMMISSIONED);
                    case COMMISSIONED, SHIPPED, SOLD -> Optional.empty();
                };
        if (alert.isPresent()) {
            raise(c, seen, alert.get());
        }
    }

    /** Raises the far-apart alert when this scan and an earlier one are too far apart; true if it did. */
    private boolean farApart(Connection c, Seen seen) throws SQLException {
        FarApart.Sighting s = seen.sighting();
        if (s.country().isEmpty() && s.place().isEmpty()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("select scanned_at, country, lat_tenths, lon_tenths from scans "
                + "where gtin = ? and serial = ? and coalesce(lot, '') = ? and scanned_at between ? and ? and id <> ? "
                + "and (country is not null or lat_tenths is not null) order by scanned_at desc limit 200")) {
            ps.setString(1, seen.gtin());
            ps.setString(2, seen.serial());
            ps.setString(3, seen.lot());
            ps.setTimestamp(4, Timestamp.from(s.at().minus(FarApart.WINDOW)));
            ps.setTimestamp(5, Timestamp.from(s.at().plus(FarApart.WINDOW)));
            ps.setObject(6, seen.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int lat = rs.getInt(3);
                    Optional<ScanPlace> place = rs.wasNull() ? Optional.empty() : Optional.of(new ScanPlace(lat, rs.getInt(4)));
                    var other = new FarApart.Sighting(rs.getTimestamp(1).toInstant(), Optional.ofNullable(rs.getString(2)), place);
                    if (FarApart.between(s, other)) {
                        raise(c, seen, CodeAlert.FAR_APART);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Counts the scan against its code's alert of this kind; codes under no registered prefix have no owner to tell. */
    private void raise(Connection c, Seen seen, CodeAlert kind) throws SQLException {
        Optional<Long> owner = masterData.prefixOwner(c, seen.gtin().substring(1));
        if (owner.isEmpty()) {
            return;
        }
        Instant at = seen.sighting().at();
        try (PreparedStatement ps = c.prepareStatement("insert into scan_alerts (gtin, lot, serial, kind, owner_org_id, "
                + "first_at, last_at, scans) values (?, ?, ?, ?, ?, ?, ?, 1) on conflict (gtin, lot, serial, kind) do update "
                + "set last_at = greatest(scan_alerts.last_at, excluded.last_at), "
                + "first_at = least(scan_alerts.first_at, excluded.first_at), scans = scan_alerts.scans + 1")) {
            ps.setString(1, seen.gtin());
            ps.setString(2, seen.lot());
            ps.setString(3, seen.serial());
            ps.setString(4, ScanAnalytics.wireName(kind));
            ps.setLong(5, owner.get());
            ps.setTimestamp(6, Timestamp.from(at));
            ps.setTimestamp(7, Timestamp.from(at));
            ps.executeUpdate();
        }
    }
}
