package org.bricshub.capture;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.ledger.Ledger;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.ForbiddenException;

/**
 * The EPCIS 2.0 event repository (EPCIS 2.0 §8.2 capture and query, over PostgreSQL): authorises, stores and
 * serves events, and puts every accepted event into the verifiable log. Thread-safe. Call
 * {@link #recoverPendingLeaves()} once at start, before serving captures.
 */
public final class EventRepository {
    private final DataSource dataSource;
    private final Ledger ledger;
    private final Clock clock;
    private final Delegations delegations;
    private final EventWriter writer = new EventWriter();
    private final LeafRecorder leaves;
    private final Visibility visibility;
    /** Told the seq values of events once they are committed and in the log (subscriptions). */
    private volatile java.util.function.Consumer<long[]> captured = seqs -> { };

    public EventRepository(DataSource dataSource, Ledger ledger, Clock clock, Delegations delegations) {
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.clock = clock;
        this.delegations = delegations;
        this.leaves = new LeafRecorder(dataSource, ledger);
        this.visibility = new Visibility(delegations);
    }

    /** Gives every event committed before a crash its leaf, without a second leaf for any; returns how many. */
    public int recoverPendingLeaves() {
        return leaves.recover();
    }

    /**
     * Captures events atomically: either all are stored and logged, or none (the job is then recorded as failed,
     * with the duplicate hash IDs as errors). With {@code proceedOnError}, duplicates are skipped and the rest kept.
     *
     * @param hashIds the events' CBV 2.0 hash IDs, in order (a document's {@code ignoreFields} shapes them)
     * @param document the body as received, kept for audit
     * @throws ForbiddenException when an event names an object under a prefix the caller may not capture
     */
    public CaptureJob capture(Principal caller, List<EpcisEvent> events, List<String> hashIds, String contentType,
            byte[] document, boolean proceedOnError) {
        if (events.size() != hashIds.size()) {
            throw new IllegalArgumentException("one hash ID per event");
        }
        authorise(caller, events);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        List<PreparedEvent> prepared = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            prepared.add(PreparedEvent.of(events.get(i), hashIds.get(i), now));
        }
        long sizeBefore = ledger.treeSize();
        List<LeafRecorder.Pending> pending = new ArrayList<>();
        CaptureJob job = Transaction.run(dataSource, c -> {
            long id = insertJob(c, caller, now, contentType, document, proceedOnError);
            Savepoint beforeEvents = c.setSavepoint();
            List<String> duplicates = new ArrayList<>();
            List<LeafRecorder.Pending> stored = writer.write(c, id, caller.orgId(), now, prepared, sizeBefore, duplicates);
            List<String> errors = duplicates.stream().map(h -> "duplicate event: " + h + " is already captured").toList();
            boolean failed = !duplicates.isEmpty() && !proceedOnError;
            if (failed) {
                c.rollback(beforeEvents);
                stored = List.of();
            }
            finishJob(c, id, failed ? "failed" : "succeeded", stored.size(), errors);
            pending.addAll(stored);
            return new CaptureJob(id, failed ? "failed" : "succeeded", behaviour(proceedOnError), now.toInstant(),
                    now.toInstant(), stored.size(), errors);
        });
        if (!pending.isEmpty()) {
            leaves.append(pending);
            captured.accept(pending.stream().mapToLong(LeafRecorder.Pending::seq).toArray());
        }
        return job;
    }

    private void authorise(Principal caller, List<EpcisEvent> events) {
        if (caller.isPlatformAdmin()) {
            return;
        }
        Set<String> prefixes = delegations.prefixesOf(caller.orgId());
        Set<String> refused = new TreeSet<>();
        for (EpcisEvent event : events) {
            for (EventValue v : EventValues.of(event)) {
                if (v.role().namesObjects() && v.gs1Key() != null && !Gs1KeyDigits.under(v.gs1Key(), prefixes)) {
                    refused.add(v.value());
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new ForbiddenException("organisation " + caller.orgId() + " may not capture events about "
                    + String.join(", ", refused.stream().limit(20).toList())
                    + ": they are under no GS1 company prefix it owns or was delegated");
        }
    }

    private static long insertJob(Connection c, Principal caller, OffsetDateTime now, String contentType,
            byte[] document, boolean proceedOnError) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into capture_jobs (org_id, key_id, received_at, status, "
                + "content_type, document, error_behaviour) values (?, ?, ?, 'running', ?, ?, ?) returning id")) {
            ps.setString(6, behaviour(proceedOnError));
            ps.setLong(1, caller.orgId());
            ps.setLong(2, caller.keyId());
            ps.setObject(3, now);
            ps.setString(4, contentType);
            ps.setBytes(5, document);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String behaviour(boolean proceedOnError) {
        return proceedOnError ? "proceed" : "rollback";
    }

    private void finishJob(Connection c, long id, String status, int count, List<String> errors) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update capture_jobs set status = ?, finished_at = ?, "
                + "event_count = ?, errors = ?::jsonb where id = ?")) {
            ps.setString(1, status);
            ps.setObject(2, OffsetDateTime.now(clock));
            ps.setInt(3, count);
            ps.setString(4, JsonText.array(errors));
            ps.setLong(5, id);
            ps.executeUpdate();
        }
    }

    /** The capture job, if it exists and the caller's organisation submitted it. */
    public Optional<CaptureJob> job(Principal caller, long id) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select status, received_at, finished_at, event_count, "
                    + "errors::text, error_behaviour from capture_jobs where id = ? and (org_id = ? or ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, caller.orgId());
                ps.setBoolean(3, caller.isPlatformAdmin());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    var finished = rs.getObject(3, OffsetDateTime.class);
                    return Optional.of(new CaptureJob(id, rs.getString(1), rs.getString(6), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            finished == null ? null : finished.toInstant(), rs.getInt(4), JsonText.strings(rs.getString(5))));
                }
            }
        });
    }

    /**
     * The event with this event ID (or hash ID) as {@code GET /epcis/events/{eventID}} serves it: its RFC 8785
     * canonical JSON, the bytes its log entry's content hash covers. Empty when unknown or not visible to the caller.
     */
    public Optional<String> eventJson(Principal caller, String eventId) {
        return find(caller, eventId).map(StoredRow::canonicalJson);
    }

    /**
     * The proof that the event is in the verifiable log. Empty when the event is unknown, not visible, or its leaf is
     * not yet recorded.
     */
    public Optional<EventProof> proof(Principal caller, String eventId, Duration timeout) throws InterruptedException {
        return proof(find(caller, eventId), timeout);
    }

    /**
     * The canonical JSON of any event, with no visibility check: only for callers that apply their own rule of what
     * may be shown (the journey's publication policy decides which events consumers see).
     */
    public Optional<String> eventJsonUnrestricted(String eventId) {
        return findUnrestricted(eventId).map(StoredRow::canonicalJson);
    }

    /** The proof of any event, with no visibility check: see {@link #eventJsonUnrestricted(String)}. */
    public Optional<EventProof> proofUnrestricted(String eventId, Duration timeout) throws InterruptedException {
        return proof(findUnrestricted(eventId), timeout);
    }

    private Optional<StoredRow> findUnrestricted(String eventId) {
        return Transaction.run(dataSource, c -> StoredRow.find(c, eventId, new Visibility.Rule(true, 0, List.of())));
    }

    private Optional<EventProof> proof(Optional<StoredRow> row, Duration timeout) throws InterruptedException {
        if (row.isEmpty() || row.get().leafIndex() == null) {
            return Optional.empty();
        }
        long leaf = row.get().leafIndex();
        byte[] note = ledger.latestCheckpoint();
        long size = CheckpointSize.of(note);
        if (size <= leaf) {
            Optional<byte[]> covering = ledger.checkpointCovering(leaf, timeout);
            if (covering.isEmpty()) {
                return Optional.empty();
            }
            note = covering.get();
            size = CheckpointSize.of(note);
        }
        var inclusion = ledger.inclusionProof(leaf, size);
        LogEntry entry = LogEntry.of(row.get().hashId(), row.get().canonicalJson());
        return Optional.of(new EventProof(row.get().eventId(), leaf, entry.bytes(),
                new String(note, StandardCharsets.UTF_8), size, inclusion.hashes().stream().map(h -> h.bytes()).toList()));
    }

    private Optional<StoredRow> find(Principal caller, String eventId) {
        return Transaction.run(dataSource, c -> StoredRow.find(c, eventId, visibility.of(caller)));
    }

    /** Sets who is told of newly captured, durable events; {@link Subscriptions} does, once. */
    void onCaptured(java.util.function.Consumer<long[]> listener) {
        captured = listener;
    }

    Visibility visibility() {
        return visibility;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Runs an event query for the caller (EPCIS 2.0 §8.2.7.1), restricted to what the caller may see. */
    public EventPage query(Principal caller, org.bricshub.epcis.query.EventQuery query) {
        return Transaction.run(dataSource, c -> new EventQueries(c).run(query, visibility.of(caller)));
    }
}
