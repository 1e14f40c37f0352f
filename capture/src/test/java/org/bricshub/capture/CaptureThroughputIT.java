package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EventHashId;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.org.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * Sustained capture throughput with 1,000-event documents, against a baseline in the same run: COPY of the same
 * rows into the same tables of a fresh database. Skipped unless asked for:
 * {@code mvn verify -Dit.test=CaptureThroughputIT -Dcapture.throughput.documents=30}.
 */
class CaptureThroughputIT {
    private static final int EVENTS = 1000;
    @TempDir Path dir;

    @Test
    void capture_thousandEventDocuments() throws Exception {
        String property = System.getProperty("capture.throughput.documents");
        assumeTrue(property != null, "set capture.throughput.documents to run");
        int documents = Integer.parseInt(property);
        EpcisValidator validator = new EpcisValidator();
        try (RepositoryFixture f = new RepositoryFixture(dir)) {
            Principal tea = f.principal("Anxi Tea", OrganisationKind.BRAND_OWNER, "0614141");
            List<String> texts = new ArrayList<>();
            for (int d = 0; d < documents + 3; d++) {
                texts.add(document(d));
            }
            long parse = 0;
            long store = 0;
            long start = 0;
            for (int d = 0; d < texts.size(); d++) {
                if (d == 3) { // three warm-up documents
                    parse = 0;
                    store = 0;
                    start = System.nanoTime();
                }
                long t0 = System.nanoTime();
                EpcisDocument document = validator.readJsonDocument(texts.get(d));
                List<String> hashes = EventHashId.ofDocument(document);
                long t1 = System.nanoTime();
                CaptureJob job = f.repository.capture(tea, document.events(), hashes, "application/ld+json",
                        texts.get(d).getBytes(StandardCharsets.UTF_8), false);
                store += System.nanoTime() - t1;
                parse += t1 - t0;
                assertThat(job.eventCount()).isEqualTo(EVENTS);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long events = (long) documents * EVENTS;
            String copy = copyBaseline(f.ds);
            System.out.printf("capture: %d events in %.2f s = %.0f events/s (validate+decode+hash %.0f/s, store+log %.0f/s)"
                            + "; baseline %s%n", events, seconds, events / seconds, events / (parse / 1e9), events / (store / 1e9),
                    copy);
        }
    }

    /** COPY of the rows the capture stored, into the same tables of a fresh database. */
    private static String copyBaseline(DataSource captured) throws Exception {
        String eventsText;
        String valuesText;
        try (Connection c = captured.getConnection()) {
            eventsText = export(c, "capture_events");
            valuesText = export(c, "capture_event_values");
        }
        DataSource fresh = TestDatabase.fresh();
        try (Connection c = fresh.getConnection()) {
            new MonthlyPartitions().ensure(fresh, OffsetDateTime.now());
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            long rows = copy.copyIn("copy capture_events from stdin", new StringReader(eventsText));
            copy.copyIn("copy capture_event_values from stdin", new StringReader(valuesText));
            c.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            return String.format("COPY of the same %d event rows + their identifier rows: %.2f s = %.0f events/s", rows,
                    seconds, rows / seconds);
        }
    }

    private static String export(Connection c, String table) throws Exception {
        StringWriter out = new StringWriter();
        c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select * from " + table + ") to stdout", out);
        return out.toString();
    }

    private static String document(int d) {
        StringJoiner events = new StringJoiner(",");
        for (int i = 0; i < EVENTS; i++) {
            long serial = (long) d * EVENTS * 2 + i * 2L;
            events.add("""
                    {"type":"ObjectEvent","eventTime":"2026-03-01T10:%02d:%02d.%03d+08:00","eventTimeZoneOffset":"+08:00",
                    "epcList":["urn:epc:id:sgtin:0614141.107346.%d","urn:epc:id:sgtin:0614141.107346.%d"],"action":"OBSERVE",
                    "bizStep":"shipping","disposition":"in_transit","readPoint":{"id":"urn:epc:id:sgln:0614141.07346.1234"},
                    "bizTransactionList":[{"type":"po","bizTransaction":"http://transaction.acme.com/po/%d"}]}"""
                    .formatted(i / 60 % 60, i % 60, d % 1000, serial, serial + 1, d));
        }
        return """
                {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument",
                "schemaVersion":"2.0","creationDate":"2026-03-01T10:00:00Z","epcisBody":{"eventList":[%s]}}"""
                .formatted(events);
    }
}
