package org.bricshub.trace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.platform.db.CopyRows;
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
            // A popular (or counterfeited) code is scanned many times a batch: check it and count its alert once.
            Map<List<String>, List<Seen>> byCode = new LinkedHashMap<>();
            for (Seen seen : serialised) {
                byCode.computeIfAbsent(List.of(seen.gtin(), seen.lot(), seen.serial()), k -> new ArrayList<>()).add(seen);
            }
            for (List<Seen> scansOfCode : byCode.values()) {
                codeAlert(c, scansOfCode);
            }
            boolean farApart = false;
            for (Seen seen : serialised) {
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

    /**
     * The scans in one COPY (PostgreSQL's cheapest way in: about 40 % less of its CPU per scan than one insert from
     * arrays), and their counts per GTIN, UTC day and country added to {@code scan_counts} in the same transaction.
     */
    private static void insert(Connection c, List<ScanWork> batch, List<Seen> serialised) throws SQLException {
        CopyRows rows = new CopyRows();
        Map<List<String>, Long> counts = new HashMap<>();
        for (ScanWork work : batch) {
            if (work instanceof Scan s) {
                rows.field(s.id().toString()).field(s.at().toString()).field(s.gtin()).field(s.lot().orElse(null))
                        .field(s.serial().orElse(null)).field(s.language().negotiate().tag())
                        .field(s.country().orElse(null)).endRow();
                counts.merge(List.of(s.gtin(), s.at().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                        s.country().orElse("")), 1L, Long::sum);
                if (s.serial().isPresent()) {
                    serialised.add(new Seen(s.id(), s.gtin(), s.lot().orElse(""), s.serial().get(),
                            new FarApart.Sighting(s.at(), s.country(), Optional.empty())));
                }
            }
        }
        if (counts.isEmpty()) {
            return;
        }
        rows.copyInto(c, "scans (id, scanned_at, gtin, lot, serial, language, country)");
        String[][] keys = new String[3][counts.size()];
        Long[] scans = new Long[counts.size()];
        int i = 0;
        for (Map.Entry<List<String>, Long> count : counts.entrySet()) {
            for (int k = 0; k < 3; k++) {
                keys[k][i] = count.getKey().get(k);
            }
            scans[i++] = count.getValue();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into scan_counts (gtin, day, country, scans) "
                + "select * from unnest(?::text[], ?::date[], ?::text[], ?::bigint[]) "
                + "on conflict (gtin, day, country) do update set scans = scan_counts.scans + excluded.scans")) {
            for (int k = 0; k < 3; k++) {
                ps.setArray(1 + k, c.createArrayOf("text", keys[k]));
            }
            ps.setArray(4, c.createArrayOf("bigint", scans));
            ps.executeUpdate();
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

    /** Checks the code of these scans (all of one code) and counts them against its alert, if it has one. */
    private void codeAlert(Connection c, List<Seen> scansOfCode) throws SQLException {
        Seen seen = scansOfCode.get(0);
        CodeCheck check = codes.check(seen.gtin(), Optional.of(seen.lot()).filter(l -> !l.isEmpty()),
                Optional.of(seen.serial()));
        Optional<CodeAlert> alert = !check.genuine() ? Optional.of(CodeAlert.NEVER_ISSUED)
                : switch (check.state().orElse(CodeState.COMMISSIONED)) {
                    case RECALLED -> Optional.of(CodeAlert.RECALLED);
                    case DECOMMISSIONED -> Optional.of(CodeAlert.DECOMMISSIONED);
                    case COMMISSIONED, SHIPPED, SOLD -> Optional.empty();
                };
        if (alert.isPresent()) {
            raise(c, scansOfCode, alert.get());
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
                        raise(c, List.of(seen), CodeAlert.FAR_APART);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Counts scans of one code against its alert of this kind; codes under no registered prefix have no owner to tell. */
    private void raise(Connection c, List<Seen> scansOfCode, CodeAlert kind) throws SQLException {
        Seen seen = scansOfCode.get(0);
        Optional<Long> owner = masterData.prefixOwner(c, seen.gtin().substring(1));
        if (owner.isEmpty()) {
            return;
        }
        Instant first = seen.sighting().at();
        Instant last = first;
        for (Seen other : scansOfCode) {
            first = other.sighting().at().isBefore(first) ? other.sighting().at() : first;
            last = other.sighting().at().isAfter(last) ? other.sighting().at() : last;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into scan_alerts (gtin, lot, serial, kind, owner_org_id, "
                + "first_at, last_at, scans) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (gtin, lot, serial, kind) do update "
                + "set last_at = greatest(scan_alerts.last_at, excluded.last_at), "
                + "first_at = least(scan_alerts.first_at, excluded.first_at), scans = scan_alerts.scans + excluded.scans")) {
            ps.setString(1, seen.gtin());
            ps.setString(2, seen.lot());
            ps.setString(3, seen.serial());
            ps.setString(4, ScanAnalytics.wireName(kind));
            ps.setLong(5, owner.get());
            ps.setTimestamp(6, Timestamp.from(first));
            ps.setTimestamp(7, Timestamp.from(last));
            ps.setLong(8, scansOfCode.size());
            ps.executeUpdate();
        }
    }
}
