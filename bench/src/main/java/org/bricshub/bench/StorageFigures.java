package org.bricshub.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisJsonCodec;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EventHashId;
import org.bricshub.epcis.query.EventQueryParser;

/**
 * Fills a repository with realistic events ({@link SyntheticEvents}: five steps per item) through the real write
 * path ({@code EventRepository.capture}: canonical JSON, COPY into the capture tables, verifiable-log append, leaf
 * recording), then measures query latency p50/p99 through {@code EventRepository.query} and the bytes stored per
 * event. Two client threads load 1,000-event documents; {@code validated} also runs the GS1 schema and semantic
 * validation of every document (what {@code POST /epcis/capture} does), {@code decoded} only decodes them, to fill 10
 * million events in reasonable time.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -Xmx4g -cp "bench/target/classes:$(cat
 * bench/target/classpath.txt)" org.bricshub.bench.StorageFigures [events=100000] [validated|decoded] [queries=300]}
 */
public final class StorageFigures {
    private static final int DOCUMENT = 1_000;

    private StorageFigures() {
    }

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        boolean validated = args.length < 2 || args[1].equals("validated");
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        long documents = (events + DOCUMENT - 1) / DOCUMENT;
        try (BenchRepository bench = BenchRepository.start()) {
            EpcisValidator validator = new EpcisValidator();
            EpcisJsonCodec codec = new EpcisJsonCodec();
            AtomicLong next = new AtomicLong();
            long t0 = System.nanoTime();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                clients.add(Thread.ofPlatform().start(() -> {
                    for (long d; (d = next.getAndIncrement()) < documents; ) {
                        String text = SyntheticEvents.document(d, DOCUMENT);
                        EpcisDocument doc = validated ? validator.readJsonDocument(text) : codec.readDocument(text);
                        bench.repository.capture(bench.caller, doc.events(), EventHashId.ofDocument(doc),
                                "application/ld+json", text.getBytes(StandardCharsets.UTF_8), false);
                        if (d % 100 == 99) {
                            System.out.printf("  %,d events loaded, %.0f s%n", (d + 1) * DOCUMENT,
                                    (System.nanoTime() - t0) / 1e9);
                        }
                    }
                }));
            }
            for (Thread t : clients) {
                t.join();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long stored = bench.count("select count(*) from capture_events");
            System.out.printf("loaded %,d events (%s) in %.0f s: %,.0f events/s%n", stored,
                    validated ? "validated" : "decoded, not schema-validated", seconds, stored / seconds);
            try (var c = bench.dataSource.getConnection(); var s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            SplittableRandom random = new SplittableRandom(42);
            long items = stored / SyntheticEvents.STEPS.length;
            latency(bench, "MATCH_epc (one item's journey)", queries, () -> Map.of("MATCH_epc",
                    List.of(SyntheticEvents.epc(random.nextLong(items)))));
            latency(bench, "GE/LT_eventTime 1 h + EQ_bizStep=shipping", queries, () -> {
                Instant from = SyntheticEvents.eventTime(random.nextLong(stored));
                return Map.of("GE_eventTime", List.of(from.toString()), "LT_eventTime",
                        List.of(from.plus(Duration.ofHours(1)).toString()), "EQ_bizStep", List.of("shipping"));
            });
            bench.printSizes();
        }
    }

    private interface Parameters {
        Map<String, List<String>> next();
    }

    private static void latency(BenchRepository bench, String what, int queries, Parameters parameters) {
        long[] nanos = new long[queries];
        long found = 0;
        for (int i = -queries / 10; i < queries; i++) { // a tenth as warm-up
            var query = EventQueryParser.parse(parameters.next());
            long t0 = System.nanoTime();
            int n = bench.repository.query(bench.caller, query).events().size();
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
                found += n;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("  %-44s p50 %7.2f ms  p99 %7.2f ms  (%d queries, %.1f events per answer)%n", what,
                nanos[queries / 2] / 1e6, nanos[queries * 99 / 100] / 1e6, queries, (double) found / queries);
    }
}
