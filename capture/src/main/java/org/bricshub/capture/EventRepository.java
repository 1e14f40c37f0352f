package org.bricshub.capture;

import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.epcis.MasterData;
import org.bricshub.ledger.Ledger;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.ForbiddenException;

/**
 * The EPCIS 2.0 event repository (EPCIS 2.0 §8.2 capture and query, over PostgreSQL): authorises, stores and
 * serves events, and puts every accepted event into the verifiable log. Thread-safe. Call
 * {@link #recoverPendingLeaves()} at start and periodically; {@link CaptureJobs} runs accepted jobs in the background.
 */
public final class EventRepository {
    private final DataSource dataSource;
    private final Ledger ledger;
    private final Clock clock;
    private final Delegations delegations;
    private final EventWriter writer = new EventWriter();
    private final MonthlyPartitions partitions = new MonthlyPartitions();
    private final LeafRecorder leaves;
    private final Visibility visibility;
    /** Told the seq values of events once they are committed and in the log (subscriptions). */
    private volatile java.util.function.Consumer<long[]> captured = seqs -> { };
    /** Captures hold it shared from their transaction to their recorded leaves; leaf recovery holds it alone. */
    private final ReentrantReadWriteLock appends = new ReentrantReadWriteLock();

    public EventRepository(DataSource dataSource, Ledger ledger, Clock clock, Delegations delegations) {
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.clock = clock;
        this.delegations = delegations;
        this.leaves = new LeafRecorder(dataSource, ledger);
        this.visibility = new Visibility(delegations);
    }

    /**
     * Gives every event committed without a recorded leaf (a crash, or a log that refused appends) its leaf, without a
     * second leaf for any; returns how many. Safe at any time: it waits for captures in flight to finish their appends.
     * Run it at start (after {@link Ledger#start}) and periodically.
     */
    public int recoverPendingLeaves() {
        appends.writeLock().lock();
        try {
            return leaves.recover();
        } finally {
            appends.writeLock().unlock();
        }
    }

    /**
     * Captures events atomically and synchronously: {@link #accept} then {@link #run}. Either all are stored and
     * logged, or none (the job is then recorded as failed, with the duplicate hash IDs as errors). With
     * {@code proceedOnError}, duplicates are skipped and the rest kept.
     *
     * @param hashIds the events' CBV 2.0 hash IDs, in order (a document's {@code ignoreFields} shapes them)
     * @param document the body as received, kept for audit
     * @throws ForbiddenException when an event names an object under a prefix the caller may not capture
     */
    public CaptureJob capture(Principal caller, List<EpcisEvent> events, List<String> hashIds, String contentType,
            byte[] document, boolean proceedOnError) {
        return capture(caller, events, hashIds, MasterData.NONE, contentType, document, proceedOnError);
    }

    /**
     * As {@link #capture(Principal, List, List, String, byte[], boolean)}, with the master data of the document's
     * header: stored for the caller's organisation with the events, or not at all when the capture fails.
     */
    public CaptureJob capture(Principal caller, List<EpcisEvent> events, List<String> hashIds, MasterData masterData,
            String contentType, byte[] document, boolean proceedOnError) {
        CaptureJob accepted = accept(caller, events, contentType, document, proceedOnError);
        return run(accepted, caller.orgId(), events, hashIds, masterData);
    }

    /**
     * Authorises the events and stores the document durably as a running job (what a 202 acknowledges): from here on
     * a crash does not lose it, because a restart runs every unfinished job again.
     *
     * @throws ForbiddenException when an event names an object under a prefix the caller may not capture
     */
    public CaptureJob accept(Principal caller, List<EpcisEvent> events, String contentType, byte[] document,
            boolean proceedOnError) {
        authorise(caller, events);
        OffsetDateTime now = now();
        long id = Transaction.run(dataSource, c -> JobRows.insert(c, caller, now, contentType, document, proceedOnError));
        return new CaptureJob(id, "running", JobRows.behaviour(proceedOnError), now.toInstant(), null, 0, List.of());
    }

    /**
     * Runs an accepted job: stores its events, their identifiers and log outbox entries and ends the job in one
     * transaction, then appends the entries to the verifiable log and records their leaves. A job runs to its end
     * once: running it again after it ended stores nothing and returns it as it ended.
     *
     * @param orgId the organisation that submitted the job (authorised when it was accepted)
     */
    public CaptureJob run(CaptureJob accepted, long orgId, List<EpcisEvent> events, List<String> hashIds) {
        return run(accepted, orgId, events, hashIds, MasterData.NONE);
    }

    /**
     * As {@link #run(CaptureJob, long, List, List)}; the master data replaces, element by element, what the
     * organisation stated before (EPCIS master data is current state), in the same transaction as the events.
     */
    public CaptureJob run(CaptureJob accepted, long orgId, List<EpcisEvent> events, List<String> hashIds,
            MasterData masterData) {
        if (events.size() != hashIds.size()) {
            throw new IllegalArgumentException("one hash ID per event");
        }
        boolean proceedOnError = accepted.errorBehaviour().equals("proceed");
        OffsetDateTime recordTime = now();
        List<PreparedEvent> prepared = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            prepared.add(PreparedEvent.of(events.get(i), hashIds.get(i), recordTime));
        }
        partitions.ensure(dataSource, recordTime);
        List<LeafRecorder.Pending> pending = new ArrayList<>();
        appends.readLock().lock();
        try {
            long sizeBefore = ledger.treeSize();
            CaptureJob job = Transaction.run(dataSource, c -> {
                Savepoint beforeEvents = c.setSavepoint();
                List<String> duplicates = new ArrayList<>();
                List<LeafRecorder.Pending> stored = writer.write(c, accepted.id(), orgId, recordTime, prepared,
                        sizeBefore, duplicates);
                List<String> errors = duplicates.stream()
                        .map(h -> "duplicate event: " + h + " is already captured").toList();
                boolean failed = !duplicates.isEmpty() && !proceedOnError;
                if (failed) {
                    c.rollback(beforeEvents);
                    stored = List.of();
                }
                String status = failed ? "failed" : "succeeded";
                if (!failed) {
                    MasterDataRows.store(c, orgId, accepted.id(), recordTime, masterData);
                }
                OffsetDateTime finished = now();
                if (!JobRows.finish(c, accepted.id(), finished, status, stored.size(), errors)) {
                    c.rollback(beforeEvents);
                    return null;
                }
                pending.addAll(stored);
                return new CaptureJob(accepted.id(), status, accepted.errorBehaviour(), accepted.receivedAt(),
                        finished.toInstant(), stored.size(), errors);
            });
            if (!pending.isEmpty()) {
                leaves.append(pending);
                captured.accept(pending.stream().mapToLong(LeafRecorder.Pending::seq).toArray());
            }
            return job != null ? job : Transaction.run(dataSource, c -> JobRows.find(c, accepted.id())).orElseThrow();
        } finally {
            appends.readLock().unlock();
        }
    }

    /** Ends a running job as failed without storing anything (a job that cannot run); false if it had ended. */
    public boolean fail(long jobId, String error) {
        return Transaction.run(dataSource, c -> JobRows.finish(c, jobId, now(), "failed", 0, List.of(error)));
    }

    /** The jobs accepted but not finished (a crash, or a shutdown with work queued), oldest first. */
    List<JobRows.Unfinished> unfinishedJobs() {
        return Transaction.run(dataSource, JobRows::unfinished);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
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

    /**
     * The capture jobs the caller's organisation submitted, newest first, {@code perPage} at a time after the page
     * {@code nextPageToken} ended (null for the first page).
     *
     * @throws org.bricshub.epcis.query.QueryParameterException when the token is not one this server issued
     */
    public CaptureJobPage jobs(Principal caller, int perPage, String nextPageToken) {
        Long below = CaptureJobPage.below(nextPageToken);
        List<CaptureJob> found = Transaction.run(dataSource,
                c -> JobRows.ofOrganisation(c, caller.orgId(), below, perPage + 1));
        boolean more = found.size() > perPage;
        List<CaptureJob> page = more ? found.subList(0, perPage) : found;
        return new CaptureJobPage(page, more ? CaptureJobPage.token(page.getLast().id()) : null);
    }

    /** The capture job, if it exists and the caller's organisation submitted it. */
    public Optional<CaptureJob> job(Principal caller, long id) {
        return Transaction.run(dataSource, c -> JobRows.find(c, caller, id));
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
        Optional<byte[]> checkpoint = ledger.proofCheckpoint(leaf, timeout);
        if (checkpoint.isEmpty()) {
            return Optional.empty();
        }
        byte[] note = checkpoint.get();
        long size = CheckpointSize.of(note);
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

    /**
     * Runs a master-data query (SimpleMasterDataQuery) over the caller organisation's own master data: another
     * organisation's statements are never read, the platform operator's included.
     *
     * @throws QueryTooLargeException when more elements match than its maxElementCount
     * @throws org.bricshub.epcis.query.QueryParameterException when its page token is not one this server issued
     */
    public MasterDataPage masterData(Principal caller, org.bricshub.epcis.query.MasterDataQuery query) {
        return Transaction.run(dataSource, c -> new MasterDataQueries(c).run(query, caller.orgId()));
    }

    /** Runs an event query for the caller (EPCIS 2.0 §8.2.7.1), restricted to what the caller may see. */
    public EventPage query(Principal caller, org.bricshub.epcis.query.EventQuery query) {
        return Transaction.run(dataSource, c -> new EventQueries(c).run(query, visibility.of(caller)));
    }
}
