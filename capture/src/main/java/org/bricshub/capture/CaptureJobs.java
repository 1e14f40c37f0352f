package org.bricshub.capture;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.epcis.EpcisValidationException;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.MasterData;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.OverloadedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asynchronous capture jobs (EPCIS 2.0 REST binding, {@code POST /capture} → 202, {@code GET /capture/{captureID}}):
 * a job is acknowledged once its document is stored durably, then a small pool of workers stores its events while
 * the next documents are being validated. A job accepted but not finished when the process stopped is run again at
 * the next start ({@link #resumeUnfinished()}), or failed explicitly when its document cannot be read any more.
 * Also retries, periodically, the log appends that the verifiable log refused (pending leaves). Thread-safe.
 */
public final class CaptureJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureJobs.class);
    private final EventRepository repository;
    private final ExecutorService workers;
    private final ScheduledExecutorService retries;
    private final Semaphore queueRoom;

    /**
     * @param workers jobs run at once
     * @param queued jobs accepted and waiting beyond those running; a submission past that is refused with 503
     * @param leafRetryInterval how often log appends left pending are retried
     */
    public CaptureJobs(EventRepository repository, int workers, int queued, Duration leafRetryInterval) {
        if (workers < 1 || queued < 0 || !leafRetryInterval.isPositive()) {
            throw new IllegalArgumentException("need workers >= 1, queued >= 0 and a positive retry interval, got "
                    + workers + ", " + queued + ", " + leafRetryInterval);
        }
        this.repository = repository;
        this.queueRoom = new Semaphore(workers + queued);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers, r -> daemon(r, "capture-job-" + n.incrementAndGet()));
        this.retries = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "capture-leaf-retry"));
        long every = leafRetryInterval.toMillis();
        retries.scheduleWithFixedDelay(this::retryPendingLeaves, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Authorises the events, stores the document as a running job and queues it; returns the job as accepted. The
     * events must be valid already (the caller read them with {@link EpcisValidator}).
     *
     * @throws OverloadedException (503) when the queue is full: nothing was stored
     * @throws org.bricshub.platform.problem.ForbiddenException when an event is outside the caller's prefixes
     */
    public CaptureJob submit(Principal caller, List<EpcisEvent> events, List<String> hashIds, String contentType,
            byte[] document, boolean proceedOnError) {
        return submit(caller, events, hashIds, MasterData.NONE, contentType, document, proceedOnError);
    }

    /**
     * As {@link #submit(Principal, List, List, String, byte[], boolean)}, with the master data of the document's
     * header, stored for the caller's organisation in the transaction that stores the events.
     */
    public CaptureJob submit(Principal caller, List<EpcisEvent> events, List<String> hashIds, MasterData masterData,
            String contentType, byte[] document, boolean proceedOnError) {
        if (!queueRoom.tryAcquire()) {
            throw OverloadedException.unavailable(Duration.ofSeconds(1), "the capture queue is full; retry shortly");
        }
        try {
            CaptureJob accepted = repository.accept(caller, events, contentType, document, proceedOnError);
            workers.execute(() -> runThenRelease(accepted, caller.orgId(), events, hashIds, masterData));
            return accepted;
        } catch (RuntimeException e) {
            queueRoom.release();
            throw e;
        }
    }

    /**
     * Queues every job that a previous process accepted and did not finish, reading its stored document again; a job
     * whose document no longer reads is failed with the reason. Call once at start; returns how many were queued.
     */
    public int resumeUnfinished() {
        int queued = 0;
        List<JobRows.Unfinished> unfinished = repository.unfinishedJobs();
        EpcisValidator validator = unfinished.isEmpty() ? null : new EpcisValidator();
        for (JobRows.Unfinished job : unfinished) {
            JobDocument document;
            try {
                document = JobDocument.read(validator, job.contentType(), job.document());
            } catch (EpcisValidationException | IllegalArgumentException e) {
                repository.fail(job.id(), "not finished before a restart, and its document no longer reads: "
                        + e.getMessage());
                continue;
            }
            workers.execute(() -> runJob(job.job(), job.orgId(), document.events(), document.hashIds(),
                    document.masterData()));
            queued++;
        }
        if (queued > 0) {
            LOG.info("resumed {} capture jobs left unfinished by the previous run", queued);
        }
        return queued;
    }

    private void runThenRelease(CaptureJob accepted, long orgId, List<EpcisEvent> events, List<String> hashIds,
            MasterData masterData) {
        try {
            runJob(accepted, orgId, events, hashIds, masterData);
        } finally {
            queueRoom.release();
        }
    }

    private void runJob(CaptureJob accepted, long orgId, List<EpcisEvent> events, List<String> hashIds,
            MasterData masterData) {
        try {
            repository.run(accepted, orgId, events, hashIds, masterData);
        } catch (RuntimeException e) {
            // Stored events keep their job's outcome: only a job that did not commit is failed here.
            LOG.error("capture job {} of organisation {} failed", accepted.id(), orgId, e);
            try {
                repository.fail(accepted.id(), "capture failed: " + e.getMessage());
            } catch (RuntimeException again) {
                LOG.error("capture job {} stays running until the next start: {}", accepted.id(), again.getMessage());
            }
        }
    }

    private void retryPendingLeaves() {
        try {
            int recovered = repository.recoverPendingLeaves();
            if (recovered > 0) {
                LOG.info("recorded {} pending log leaves of captured events", recovered);
            }
        } catch (RuntimeException e) {
            LOG.warn("pending log leaves stay pending until the next retry: {}", e.getMessage());
        }
    }

    /**
     * Stops taking jobs and waits up to 10 s for the queued ones; a job not finished by then stays running in the
     * database and is resumed at the next start.
     */
    @Override
    public void close() {
        retries.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
