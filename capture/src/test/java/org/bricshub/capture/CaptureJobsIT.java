package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EventHashId;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.problem.OverloadedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureJobsIT {
    private static final EpcisValidator VALIDATOR = new EpcisValidator();
    @TempDir Path dir;
    private RepositoryFixture f;
    private Principal tea;

    @BeforeEach
    void start() {
        f = new RepositoryFixture(dir);
        tea = f.principal("Anxi Tea", OrganisationKind.BRAND_OWNER, "0614141");
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void submit_answersRunningThenTheJobEndsWithItsEventsAndLeaves() {
        try (CaptureJobs jobs = new CaptureJobs(f.repository, 2, 4, Duration.ofMinutes(1))) {
            String text = document(1, 2, 3);
            EpcisDocument doc = VALIDATOR.readJsonDocument(text);
            CaptureJob accepted = jobs.submit(tea, doc.events(), EventHashId.ofDocument(doc), "application/ld+json",
                    text.getBytes(StandardCharsets.UTF_8), false);
            assertThat(accepted.status()).isEqualTo("running");
            CaptureJob ended = ended(accepted.id());
            assertThat(ended.succeeded()).isTrue();
            assertThat(ended.eventCount()).isEqualTo(3);
            assertThat(f.count("capture_events")).isEqualTo(3);
        }
        // A job reads succeeded once its events commit; the worker records their leaves right after (the outbox).
        assertThat(f.count("capture_event_leaves")).isEqualTo(3);
    }

    @Test
    void submit_fullQueueIsRefusedAndStoresNothing() {
        try (CaptureJobs jobs = new CaptureJobs(f.repository, 1, 0, Duration.ofMinutes(1))) {
            List<Throwable> refused = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String text = document(100 + i);
                EpcisDocument doc = VALIDATOR.readJsonDocument(text);
                try {
                    jobs.submit(tea, doc.events(), EventHashId.ofDocument(doc), "application/ld+json",
                            text.getBytes(StandardCharsets.UTF_8), false);
                } catch (OverloadedException e) {
                    refused.add(e);
                }
            }
            assertThat(refused).isNotEmpty();
            assertThat(((OverloadedException) refused.getFirst()).status()).isEqualTo(503);
            jobs.close();
            assertThat(f.count("capture_jobs")).isEqualTo(20 - refused.size());
        }
    }

    @Test
    void resumeUnfinished_jobAcceptedBeforeACrashRunsAtTheNextStart() {
        String text = document(7, 8).replace("\"epcisBody\"", "\"epcisHeader\": {\"epcisMasterData\": "
                + "{\"vocabularyList\": [{\"type\": \"urn:epcglobal:epcis:vtype:ReadPoint\", \"vocabularyElementList\": "
                + "[{\"id\": \"urn:epc:id:sgln:0614141.00777.0\"}]}]}}, \"epcisBody\"");
        EpcisDocument doc = VALIDATOR.readJsonDocument(text);
        CaptureJob accepted = f.repository.accept(tea, doc.events(), "application/ld+json",
                text.getBytes(StandardCharsets.UTF_8), false);
        f.restart(); // the process died before a worker ran the job
        try (CaptureJobs jobs = new CaptureJobs(f.repository, 1, 1, Duration.ofMinutes(1))) {
            assertThat(jobs.resumeUnfinished()).isEqualTo(1);
            assertThat(ended(accepted.id()).eventCount()).isEqualTo(2);
        }
        assertThat(f.count("capture_event_leaves")).isEqualTo(2);
        assertThat(f.repository.eventJson(tea, EventHashId.ofDocument(doc).getFirst())).isPresent();
        assertThat(f.count("capture_master_data")).as("the header's master data, read again").isEqualTo(1);
    }

    @Test
    void resumeUnfinished_unreadableDocumentFailsExplicitly() {
        CaptureJob accepted = f.repository.accept(tea, List.of(), "application/ld+json",
                "{\"type\": \"EPCISDocument\"}".getBytes(StandardCharsets.UTF_8), false);
        try (CaptureJobs jobs = new CaptureJobs(f.repository, 1, 1, Duration.ofMinutes(1))) {
            assertThat(jobs.resumeUnfinished()).isZero();
        }
        CaptureJob job = f.repository.job(tea, accepted.id()).orElseThrow();
        assertThat(job.status()).isEqualTo("failed");
        assertThat(job.errors()).singleElement().asString().contains("no longer reads");
    }

    @Test
    void run_anEndedJobStoresNothingAgain() {
        String text = document(20);
        EpcisDocument doc = VALIDATOR.readJsonDocument(text);
        List<String> hashes = EventHashId.ofDocument(doc);
        CaptureJob accepted = f.repository.accept(tea, doc.events(), "application/ld+json", new byte[0], false);
        assertThat(f.repository.run(accepted, tea.orgId(), doc.events(), hashes).succeeded()).isTrue();
        CaptureJob again = f.repository.run(accepted, tea.orgId(), doc.events(), hashes);
        assertThat(again.succeeded()).isTrue();
        assertThat(again.eventCount()).isEqualTo(1);
        assertThat(f.count("capture_events")).isEqualTo(1);
        assertThat(f.repository.fail(accepted.id(), "late")).as("an ended job stays as it ended").isFalse();
    }

    @Test
    void recoverPendingLeaves_besideCapturesGivesEveryEventExactlyOneLeaf() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int d = 0; d < 5; d++) {
                        String text = document(1000 + thread * 100 + d * 10, 1001 + thread * 100 + d * 10);
                        EpcisDocument doc = VALIDATOR.readJsonDocument(text);
                        f.repository.capture(tea, doc.events(), EventHashId.ofDocument(doc), "application/ld+json",
                                new byte[0], false);
                        f.repository.recoverPendingLeaves();
                    }
                }));
            }
            for (Future<?> w : work) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(f.count("capture_event_leaves")).isEqualTo(20);
        assertThat(f.count("capture_log_outbox")).isZero();
        f.ledger.checkpointCovering(19, Duration.ofSeconds(10));
        f.ledger.publishCheckpoint();
        assertThat(f.ledger.treeSize()).as("no entry appended twice").isEqualTo(20);
    }

    private CaptureJob ended(long id) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        CaptureJob job = f.repository.job(tea, id).orElseThrow();
        while (job.status().equals("running") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            job = f.repository.job(tea, id).orElseThrow();
        }
        return job;
    }

    static String document(int... serials) {
        List<String> events = new ArrayList<>();
        for (int serial : serials) {
            events.add("""
                    {"type": "ObjectEvent", "eventTime": "2026-03-01T10:00:00+08:00", "eventTimeZoneOffset": "+08:00",
                      "epcList": ["urn:epc:id:sgtin:0614141.107346.%d"], "action": "OBSERVE", "bizStep": "shipping"}"""
                    .formatted(serial));
        }
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
                  "schemaVersion": "2.0", "creationDate": "2026-03-01T10:00:00Z", "epcisBody": {"eventList": [%s]}}"""
                .formatted(String.join(",", events));
    }
}
