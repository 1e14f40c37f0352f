package org.bricshub.bench;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bricshub.capture.CaptureJobs;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EventHashId;
import org.bricshub.platform.problem.OverloadedException;
import org.postgresql.PGConnection;

/**
 * Sustained EPCIS capture with 1,000-event JSON-LD documents through the path {@code POST /epcis/capture} takes
 * (GS1 JSON schema and semantic validation, CBV 2.0 hash IDs, durable acceptance of the document, then in the
 * background: canonical JSON, one capture transaction with COPY, verifiable-log append waited for durably, leaf
 * recording), against two baselines in the same run and database: validation, decoding and hashing alone, and COPY
 * of the very rows the capture stored into empty copies of the same tables. Embedded PostgreSQL with fsync on.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp "bench/target/classes:$(cat
 * bench/target/classpath.txt)" org.bricshub.bench.CaptureThroughput [documents=40] [clients=2] [workers=2]
 * [warm-up documents=6]}
 */
public final class CaptureThroughput {
    private CaptureThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        try (BenchRepository bench = BenchRepository.start()) {
            EpcisValidator validator = new EpcisValidator();
            List<byte[]> texts = new ArrayList<>();
            for (int d = 0; d < documents + warmUp; d++) {
                texts.add(SyntheticEvents.document(d, 1_000).getBytes(StandardCharsets.UTF_8));
            }
            try (CaptureJobs jobs = new CaptureJobs(bench.repository, workers, 2 * clients, Duration.ofMinutes(1))) {
                run(texts.subList(0, warmUp), clients, t -> capture(bench, jobs, validator, t));
                bench.awaitJobs();
                System.out.printf("%,d documents of 1,000 events, %d client threads, %d capture workers%n", documents,
                        clients, workers);
                CpuMeter cpu = new CpuMeter(bench.postgres.getPort());
                CpuMeter.Sample before = cpu.sample();
                long t0 = System.nanoTime();
                run(texts.subList(warmUp, texts.size()), clients, t -> capture(bench, jobs, validator, t));
                bench.awaitJobs();
                report("whole capture (validate, hash, store, log)", documents * 1_000L, t0);
                System.out.println("    " + cpu.sample().minus(before).perEvent(documents * 1_000L));
            }
            CpuMeter cpu = new CpuMeter(bench.postgres.getPort());
            CpuMeter.Sample before = cpu.sample();
            long t1 = System.nanoTime();
            run(texts.subList(warmUp, texts.size()), clients, t -> EventHashId.ofDocument(
                    validator.readJsonDocument(new String(t, StandardCharsets.UTF_8))));
            report("baseline: validate + decode + hash only", documents * 1_000L, t1);
            System.out.println("    " + cpu.sample().minus(before).perEvent(documents * 1_000L));
            copyBaseline(bench);
            bench.printSizes();
        }
    }

    private static void capture(BenchRepository bench, CaptureJobs jobs, EpcisValidator validator, byte[] text) {
        EpcisDocument doc = validator.readJsonDocument(new String(text, StandardCharsets.UTF_8));
        List<String> hashes = EventHashId.ofDocument(doc);
        while (true) {
            try {
                jobs.submit(bench.caller, doc.events(), hashes, "application/ld+json", text, false);
                return;
            } catch (OverloadedException e) {
                // what a client does on 503: wait and retry
                try {
                    Thread.sleep(5);
                } catch (InterruptedException i) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private interface Work {
        void accept(byte[] document) throws Exception;
    }

    /** Hands the documents to {@code clients} threads, each taking the next one not taken. */
    private static void run(List<byte[]> documents, int clients, Work work) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int d; (d = next.getAndIncrement()) < documents.size(); ) {
                    try {
                        work.accept(documents.get(d));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** COPY of the stored events and identifier rows into empty tables of the same shape, indexes included. */
    private static void copyBaseline(BenchRepository bench) throws Exception {
        String[] tables = {"capture_events", "capture_event_values"};
        try (Connection c = bench.dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> rows = new ArrayList<>();
            for (String table : tables) {
                StringWriter out = new StringWriter();
                c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select * from " + table + ") to stdout", out);
                rows.add(out.toString());
                s.execute("create table baseline_" + table + " (like " + table + " including all)");
            }
            s.execute("checkpoint");
            c.setAutoCommit(false);
            CpuMeter cpu = new CpuMeter(bench.postgres.getPort());
            CpuMeter.Sample before = cpu.sample();
            long t0 = System.nanoTime();
            long events = 0;
            for (int i = 0; i < tables.length; i++) {
                long n = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy baseline_" + tables[i] + " from stdin",
                        new StringReader(rows.get(i)));
                events = i == 0 ? n : events;
            }
            c.commit();
            report("baseline: COPY of the same event + identifier rows", events, t0);
            System.out.println("    " + cpu.sample().minus(before).perEvent(events));
        }
    }

    static void report(String what, long events, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("  %-52s %,10.0f events/s  (%,d events in %.2f s)%n", what, events / seconds, events, seconds);
    }
}
