package org.bricshub.web.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.InclusionProof;
import org.bricshub.merkle.SignedNote;
import org.bricshub.merkle.TreeHash;
import org.bricshub.web.TestServer;
import org.bricshub.web.http.JsonBodies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The EPCIS REST binding end to end: a real server, a real database, a real verifiable log. */
class EpcisRoutesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static TestServer t;
    static String teaKey;
    static String shipperKey;
    static long shipperOrg;

    @RegisterExtension
    static final EpcisServer EPCIS = new EpcisServer(2, p -> List.of(new EpcisCaptureRoutes(p.events(), p.jobs(),
            p.callers(), 3, 8_000), new EpcisQueryRoutes(p.events(), p.callers()),
            new DelegationRoutes(p.delegations(), p.callers(), new JsonBodies(JsonBodies.newMapper()))));

    @BeforeAll
    static void start() {
        t = EPCIS.server();
        teaKey = EPCIS.organisation("Anxi Tea", "brand_owner", "0614141").key();
        EpcisServer.Organisation shipper = EPCIS.organisation("Shipper", "logistics", "4012345");
        shipperOrg = shipper.id();
        shipperKey = shipper.key();
    }

    static String event(String serial, String bizStep) {
        return """
                {"type": "ObjectEvent", "eventTime": "2026-03-01T10:00:00+08:00", "eventTimeZoneOffset": "+08:00",
                  "epcList": ["urn:epc:id:sgtin:0614141.107346.%s"], "action": "OBSERVE", "bizStep": "%s"}"""
                .formatted(serial, bizStep);
    }

    static String document(String... events) {
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
                  "schemaVersion": "2.0", "creationDate": "2026-03-01T10:00:00Z", "epcisBody": {"eventList": [%s]}}"""
                .formatted(String.join(",", events));
    }

    /** Posts a capture and, when it was accepted, waits until its job has ended. */
    private static HttpResponse<String> capture(String key, String body) {
        HttpResponse<String> r = t.send(HttpRequest.newBuilder(t.uri("/epcis/capture"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/ld+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (r.statusCode() == 202) {
            CaptureJobAwait.ended(t, r.headers().firstValue("Location").orElseThrow(), key);
        }
        return r;
    }


    @Test
    void postEvents_sameHashTwiceIsConflict() {
        String body = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"],"
                + event("200", "shipping").substring(1);
        assertThat(t.postJson("/epcis/events", teaKey, body).statusCode()).isEqualTo(201);
        HttpResponse<String> again = t.postJson("/epcis/events", teaKey, body);
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void capture_duplicateInDocumentFailsJobAndStoresNothing() throws Exception {
        HttpResponse<String> r = capture(teaKey, document(event("300", "shipping"), event("300", "shipping")));
        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode job = JSON.readTree(t.get(r.headers().firstValue("Location").orElseThrow(), teaKey).body());
        assertThat(job.get("success").asBoolean()).isFalse();
        assertThat(job.get("errors").get(0).asText()).contains("duplicate");
        assertThat(t.get("/epcis/events?MATCH_epc=urn:epc:id:sgtin:0614141.107346.300", teaKey).body())
                .contains("\"eventList\":[]");
    }

    @Test
    void capture_schemaViolationsListedWithPointers() throws Exception {
        HttpResponse<String> r = capture(teaKey, document(event("400", "shipping").replace("\"OBSERVE\"", "\"LOOK\"")));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("type").asText()).isEqualTo("epcisException:ValidationException");
        assertThat(problem.get("violations").get(0).get("pointer").asText()).startsWith("/epcisBody/eventList/0");
    }

    @Test
    void capture_overTheAdvertisedLimitsIs413() {
        HttpResponse<String> options = t.send(HttpRequest.newBuilder(t.uri("/epcis/capture"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(options.headers().firstValue("GS1-EPCIS-Capture-Limit")).contains("3");
        assertThat(options.headers().firstValue("GS1-EPCIS-Capture-File-Size-Limit")).contains("8000");
        assertThat(capture(teaKey, document(event("500", "shipping"), event("501", "shipping"), event("502", "shipping"),
                event("503", "shipping")))
                .statusCode()).isEqualTo(413);
        assertThat(capture(teaKey, document(event("5".repeat(9000), "shipping"))).statusCode()).isEqualTo(413);
    }

    @Test
    void capture_foreignPrefixForbiddenUntilDelegated() {
        String doc = document(event("600", "shipping"));
        assertThat(capture(shipperKey, doc).statusCode()).isEqualTo(403);
        assertThat(t.postJson("/api/delegations", shipperKey, "{\"prefix\": \"0614141\", \"to\": " + shipperOrg + "}")
                .statusCode()).isEqualTo(403);
        assertThat(t.postJson("/api/delegations", teaKey, "{\"prefix\": \"0614141\", \"to\": " + shipperOrg + "}")
                .statusCode()).isEqualTo(201);
        assertThat(capture(shipperKey, doc).statusCode()).isEqualTo(202);
    }

    @Test
    void query_pagesWithLinkAndRejectsUnknownParameters() throws Exception {
        capture(teaKey, document(event("700", "packing"), event("701", "packing"), event("702", "packing")));
        HttpResponse<String> first = t.get("/epcis/events?EQ_bizStep=packing&perPage=2", teaKey);
        String link = first.headers().firstValue("Link").orElseThrow();
        assertThat(link).contains("rel=\"next\"").contains("nextPageToken=");
        String next = link.substring(1, link.indexOf('>'));
        JsonNode second = JSON.readTree(t.get(next, teaKey).body());
        assertThat(second.at("/epcisBody/queryResults/resultsBody/eventList")).hasSize(1);
        HttpResponse<String> bad = t.get("/epcis/events?EQ_colour=red", teaKey);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("type").asText()).isEqualTo("epcisException:QueryParameterException");
    }

    @Test
    void getCapture_listsOnlyTheOrganisationsJobsNewestFirstPagedByLink() throws Exception {
        String key = EPCIS.organisation("Lister", "brand_owner", "0614142").key();
        List<String> ids = new java.util.ArrayList<>();
        for (String serial : List.of("1", "2", "3")) {
            String doc = document(event(serial, "shipping")).replace("0614141", "0614142");
            ids.add(0, capture(key, doc).headers().firstValue("Location").orElseThrow().replace("/epcis/capture/", ""));
        }
        HttpResponse<String> first = t.get("/epcis/capture?perPage=2", key);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("GS1-EPCIS-Version")).contains("2.0.0");
        JsonNode page = JSON.readTree(first.body());
        assertThat(page).extracting(j -> j.get("captureID").asText()).containsExactly(ids.get(0), ids.get(1));
        assertThat(page.get(0).get("success").asBoolean()).isTrue();
        assertThat(page.get(0).get("captureErrorBehaviour").asText()).isEqualTo("rollback");
        String link = first.headers().firstValue("Link").orElseThrow();
        assertThat(link).contains("rel=\"next\"").contains("perPage=2");
        HttpResponse<String> second = t.get(link.substring(1, link.indexOf('>')), key);
        assertThat(JSON.readTree(second.body())).extracting(j -> j.get("captureID").asText())
                .containsExactly(ids.get(2));
        assertThat(second.headers().firstValue("Link")).isEmpty();
        assertThat(t.get("/epcis/capture", shipperKey).body()).doesNotContain("\"" + ids.get(0) + "\"");
    }

    @Test
    void getCapture_badCallerOrParametersAreRefused() throws Exception {
        assertThat(t.get("/epcis/capture", null).statusCode()).isEqualTo(401);
        assertThat(t.get("/epcis/capture", "bh_not_a_key").statusCode()).isEqualTo(401);
        assertThat(t.get("/epcis/capture?perPage=0", teaKey).statusCode()).isEqualTo(400);
        HttpResponse<String> token = t.get("/epcis/capture?nextPageToken=zzz", teaKey);
        assertThat(token.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(token.body()).get("type").asText()).isEqualTo("epcisException:QueryParameterException");
    }

    @Test
    void capture_masterDataInTheHeaderAnswersAttributeQueries() throws Exception {
        String header = "\"epcisHeader\": {\"epcisMasterData\": {\"vocabularyList\": [{\"type\": "
                + "\"urn:epcglobal:epcis:vtype:BusinessLocation\", \"vocabularyElementList\": [{\"id\": "
                + "\"urn:epc:id:sgln:0614141.00777.0\", \"attributes\": [{\"id\": \"urn:epcglobal:cbv:mda:sst\", "
                + "\"attribute\": \"201\"}]}]}]}}, \"epcisBody\"";
        String located = event("800", "shipping").replaceFirst("}$",
                ", \"bizLocation\": {\"id\": \"urn:epc:id:sgln:0614141.00777.0\"}}");
        String doc = document(located).replace("\"epcisBody\"", header);
        assertThat(capture(teaKey, doc).statusCode()).isEqualTo(202);
        assertThat(t.get("/epcis/events?EQ_ATTR_bizLocation_sst=201", teaKey).body()).contains("107346.800");
        assertThat(t.get("/epcis/events?EQ_ATTR_bizLocation_sst=202", teaKey).body()).doesNotContain("107346.800");
        assertThat(t.get("/epcis/events?HASATTR_bizLocation=sst", shipperKey).body()).doesNotContain("107346.800");
        HttpResponse<String> bad = t.get("/epcis/events?HASATTR_bizStep=sst", teaKey);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("type").asText()).isEqualTo("epcisException:QueryParameterException");
    }
}
