package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EventHashId;
import org.bricshub.epcis.query.EventQueryParser;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStores;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.InclusionProof;
import org.bricshub.merkle.SignedNote;
import org.bricshub.merkle.TreeHash;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.problem.ForbiddenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventRepositoryIT {
    private static final EpcisValidator VALIDATOR = new EpcisValidator();
    @TempDir Path dir;
    private RepositoryFixture f;
    private EventRepository repository;
    private Principal tea;
    private Principal shipper;

    @BeforeEach
    void start() {
        f = new RepositoryFixture(dir);
        repository = f.repository;
        tea = f.principal("Anxi Tea", OrganisationKind.BRAND_OWNER, "0614141");
        shipper = f.principal("Shipper", OrganisationKind.LOGISTICS, "4012345");
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private void restart() {
        f.restart();
        repository = f.repository;
    }

    @Test
    void capture_storesEventWithVerifiableLeaf() throws Exception {
        EpcisEvent event = event("urn:epc:id:sgtin:0614141.107346.2017", "shipping");
        CaptureJob job = capture(tea, event);
        assertThat(job.succeeded()).isTrue();
        String hashId = EventHashId.of(event);
        String json = repository.eventJson(tea, hashId).orElseThrow();
        assertThat(json).contains("\"eventID\":\"" + hashId + "\"").contains("recordTime");

        EventProof proof = repository.proof(tea, hashId, Duration.ofSeconds(10)).orElseThrow();
        assertThat(new String(proof.entry(), StandardCharsets.UTF_8))
                .isEqualTo(new String(LogEntry.of(hashId, json).bytes(), StandardCharsets.UTF_8));
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(proof.checkpoint()).text());
        new InclusionProof(proof.leafIndex(), proof.treeSize(), proof.hashes().stream().map(Hash::new).toList())
                .verify(TreeHash.leaf(proof.entry()), checkpoint.rootHash());
    }

    @Test
    void capture_duplicateFailsWholeJobAndAddsNoLeaf() {
        EpcisEvent first = event("urn:epc:id:sgtin:0614141.107346.1", "shipping");
        capture(tea, first);
        long leaves = leafCount();
        CaptureJob job = capture(tea, event("urn:epc:id:sgtin:0614141.107346.2", "receiving"), first);
        assertThat(job.succeeded()).isFalse();
        assertThat(job.errors()).singleElement().asString().contains(EventHashId.of(first));
        assertThat(leafCount()).isEqualTo(leaves);
        assertThat(count("capture_events")).isEqualTo(1);
        assertThat(repository.job(tea, job.id()).orElseThrow().status()).isEqualTo("failed");
    }

    @Test
    void capture_proceedKeepsTheOthers() {
        EpcisEvent first = event("urn:epc:id:sgtin:0614141.107346.1", "shipping");
        capture(tea, first);
        CaptureJob job = repository.capture(tea, List.of(first, event("urn:epc:id:sgtin:0614141.107346.3", "receiving")),
                List.of(EventHashId.of(first), EventHashId.of(event("urn:epc:id:sgtin:0614141.107346.3", "receiving"))),
                "application/json", new byte[0], true);
        assertThat(job.succeeded()).isTrue();
        assertThat(job.eventCount()).isEqualTo(1);
        assertThat(count("capture_events")).isEqualTo(2);
    }

    @Test
    void capture_foreignPrefixIsForbiddenUntilDelegated() {
        EpcisEvent event = event("urn:epc:id:sgtin:0614141.107346.9", "shipping");
        assertThatThrownBy(() -> capture(shipper, event)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("urn:epc:id:sgtin:0614141.107346.9");
        assertThat(count("capture_events")).isZero();
        f.delegations.delegate(tea, "0614141", shipper.orgId());
        assertThat(capture(shipper, event).succeeded()).isTrue();
        assertThat(repository.eventJson(tea, EventHashId.of(event))).isPresent();
    }

    @Test
    void eventJson_invisibleToOtherOrganisations() {
        EpcisEvent event = event("urn:epc:id:sgtin:0614141.107346.5", "shipping");
        capture(tea, event);
        assertThat(repository.eventJson(shipper, EventHashId.of(event))).isEmpty();
    }

    @Test
    void recoverPendingLeaves_crashAfterAppendRecordsTheExistingLeaf() {
        EpcisEvent event = event("urn:epc:id:sgtin:0614141.107346.6", "shipping");
        capture(tea, event);
        String hashId = EventHashId.of(event);
        long leaf = simulateCrashBeforeLeafRecorded(
                LogEntry.of(hashId, repository.eventJson(tea, hashId).orElseThrow()).bytes());
        restart();
        long size = f.ledger.treeSize();
        assertThat(repository.recoverPendingLeaves()).isEqualTo(1);
        assertThat(singleLeaf()).isEqualTo(leaf);
        assertThat(f.ledger.treeSize()).isEqualTo(size);
        assertThat(count("capture_log_outbox")).isZero();
    }

    @Test
    void recoverPendingLeaves_crashBeforeAppendAppendsOnce() throws Exception {
        EpcisEvent event = event("urn:epc:id:sgtin:0614141.107346.7", "shipping");
        capture(tea, event);
        // an entry the log has never seen: as if the process died before the append
        simulateCrashBeforeLeafRecorded(new LogEntry(EventHashId.of(event), "0".repeat(64)).bytes());
        restart();
        long size = f.ledger.treeSize();
        assertThat(repository.recoverPendingLeaves()).isEqualTo(1);
        assertThat(singleLeaf()).isEqualTo(size);
        assertThat(repository.recoverPendingLeaves()).isZero();
    }

    @Test
    void query_matchEpcAndBizStep() {
        capture(tea, event("urn:epc:id:sgtin:0614141.107346.10", "shipping"),
                event("urn:epc:id:sgtin:0614141.107346.11", "receiving"),
                event("urn:epc:id:sgtin:0614141.999999.12", "shipping"));
        assertThat(query(Map.of("MATCH_epc", List.of("urn:epc:idpat:sgtin:0614141.107346.*"))).events()).hasSize(2);
        assertThat(query(Map.of("MATCH_epc", List.of("urn:epc:idpat:sgtin:0614141.107346.*"),
                "EQ_bizStep", List.of("shipping"))).events()).singleElement().asString().contains(".10\"");
        EventPage first = query(Map.of("perPage", List.of("2"), "orderBy", List.of("eventTime")));
        assertThat(first.events()).hasSize(2);
        assertThat(query(Map.of("perPage", List.of("2"), "orderBy", List.of("eventTime"),
                "nextPageToken", List.of(first.nextPageToken()))).events()).hasSize(1);
        assertThat(repository.query(shipper, EventQueryParser.parse(Map.of())).events()).isEmpty();
    }

    private EventPage query(Map<String, List<String>> parameters) {
        return repository.query(tea, EventQueryParser.parse(parameters));
    }

    private CaptureJob capture(Principal who, EpcisEvent... events) {
        List<EpcisEvent> list = List.of(events);
        return repository.capture(who, list, list.stream().map(EventHashId::of).toList(), "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), false);
    }

    static EpcisEvent event(String epc, String bizStep) {
        return VALIDATOR.readJsonEvent("""
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                  "type": "ObjectEvent", "eventTime": "2026-03-01T10:00:00.%03d+08:00", "eventTimeZoneOffset": "+08:00",
                  "epcList": ["%s"], "action": "OBSERVE", "bizStep": "%s",
                  "readPoint": {"id": "urn:epc:id:sgln:0614141.00777.0"}}
                """.formatted(Math.abs(epc.hashCode() % 1000), epc, bizStep));
    }

    /** The state a crash between the log append and the leaf transaction leaves: an outbox row, no leaf row. */
    private long simulateCrashBeforeLeafRecorded(byte[] entry) {
        long leaf = singleLeaf();
        Transaction.run(f.ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into capture_log_outbox (seq, entry, size_before) "
                    + "select seq, ?, 0 from capture_events")) {
                ps.setBytes(1, entry);
                ps.executeUpdate();
            }
            c.createStatement().execute("delete from capture_event_leaves");
            return null;
        });
        return leaf;
    }

    private long singleLeaf() {
        return Transaction.run(f.ds, c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select leaf_index from capture_event_leaves")) {
                rs.next();
                long leaf = rs.getLong(1);
                assertThat(rs.next()).isFalse();
                return leaf;
            }
        });
    }

    private long leafCount() {
        return count("capture_event_leaves");
    }

    private long count(String table) {
        return f.count(table);
    }
}
