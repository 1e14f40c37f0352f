package org.bricshub.web.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bricshub.capture.EventBrowser;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.web.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Master data over HTTP: a stand-alone XML EPCISMasterDataDocument and a JSON-LD EPCISDocument carrying only master
 * data are captured as jobs; {@code GET /epcis/vocabularies} answers the SimpleMasterDataQuery over the caller's own
 * master data in JSON-LD or XML; {@code /epcis/bizLocations} and {@code /readPoints} list its locations with those of
 * the events.
 */
class EpcisMasterDataRoutesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EpcisValidator VALIDATOR = new EpcisValidator();
    private static final String ALL = "/epcis/vocabularies?includeAttributes=true&includeChildren=true";
    private static final String SGLN = "urn:epc:id:sgln:0037000.00729.";
    static TestServer t;
    static String teaKey;
    static String shipperKey;

    @RegisterExtension
    static final EpcisServer EPCIS = new EpcisServer(2, p -> List.of(new EpcisCaptureRoutes(p.events(), p.jobs(),
            p.callers(), 3, 8_000), new EpcisQueryRoutes(p.events(), p.callers()),
            new EpcisBrowseRoutes(new EventBrowser(p.events()), p.events(), p.callers())));

    @BeforeAll
    static void start() throws Exception {
        t = EPCIS.server();
        teaKey = EPCIS.organisation("Anxi Tea", "brand_owner", "0614141").key();
        shipperKey = EPCIS.organisation("Shipper", "brand_owner", "4012345").key();
        String mimasu = Files.readString(Path.of(EpcisMasterDataRoutesIT.class
                .getResource("/masterdata/Example-masterData.xml").toURI()));
        HttpResponse<String> accepted = capture(teaKey, "application/xml", mimasu);
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode job = CaptureJobAwait.ended(t, accepted.headers().firstValue("Location").orElseThrow(), teaKey);
        assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();
        assertThat(job.get("eventCount").asInt()).isZero();
    }

    @Test
    void vocabularies_afterXmlMasterDataDocument_answerAValidQueryDocument() throws Exception {
        HttpResponse<String> r = t.get(ALL + "&EQ_name=" + SGLN + "0%7C" + SGLN + "8203", teaKey);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode document = JSON.readTree(r.body());
        assertThat(VALIDATOR.jsonSchemaViolations(document)).isEmpty();
        JsonNode results = document.at("/epcisBody/queryResults");
        assertThat(results.get("queryName").asText()).isEqualTo("SimpleMasterDataQuery");
        JsonNode vocabularies = results.at("/resultsBody/vocabularyList");
        assertThat(vocabularies).hasSize(2);
        JsonNode warehouse = vocabularies.at("/0/vocabularyElementList/0");
        assertThat(warehouse.get("id").asText()).isEqualTo(SGLN + "0");
        assertThat(warehouse.get("children")).hasSize(3);
        // The structured address keeps its namespace: its prefix is declared in the document's @context.
        assertThat(r.body()).contains("example:Address").contains("\"example\":\"http://epcis.example.com/ns\"");
        assertThat(VALIDATOR.readJsonDocument(r.body()).isQueryDocument()).isTrue();
    }

    @Test
    void vocabularies_acceptXml_answerTheQueryXsdsVocabularyList() {
        HttpResponse<String> r = t.send(HttpRequest.newBuilder(t.uri(ALL + "&vocabularyName="
                + "urn:epcglobal:epcis:vtype:ReadPoint")).header("Authorization", "Bearer " + teaKey)
                .header("Accept", "application/xml"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(VALIDATOR.xsdViolations(r.body())).isEmpty();
        assertThat(r.body()).contains("<resultsBody><VocabularyList>").contains(SGLN + "8203")
                .doesNotContain("BusinessLocation");
    }

    @Test
    void capture_jsonDocumentWithOnlyMasterData_storesIt() throws Exception {
        String document = """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
                 "schemaVersion": "2.0", "creationDate": "2026-03-01T10:00:00Z",
                 "epcisHeader": {"epcisMasterData": {"vocabularyList": [{"type": "urn:epcglobal:epcis:vtype:ReadPoint",
                   "vocabularyElementList": [{"id": "urn:epc:id:sgln:0614141.00999.1",
                     "attributes": [{"id": "urn:epcglobal:cbv:mda:sst", "attribute": 301}]}]}]}},
                 "epcisBody": {"eventList": []}}""";
        HttpResponse<String> accepted = capture(teaKey, "application/ld+json", document);
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(CaptureJobAwait.ended(t, accepted.headers().firstValue("Location").orElseThrow(), teaKey)
                .get("success").asBoolean()).isTrue();
        JsonNode found = JSON.readTree(t.get(ALL + "&EQ_ATTR_sst=301.0", teaKey).body())
                .at("/epcisBody/queryResults/resultsBody/vocabularyList");
        assertThat(found).hasSize(1);
        assertThat(found.at("/0/vocabularyElementList/0/id").asText()).isEqualTo("urn:epc:id:sgln:0614141.00999.1");
    }

    @Test
    void capture_malformedMasterDataDocument_is400NamingTheRuleAndStoresNothing() throws Exception {
        int jobsBefore = JSON.readTree(t.get("/epcis/capture?perPage=1000", teaKey).body()).size();
        String broken = """
                <epcismd:EPCISMasterDataDocument xmlns:epcismd="urn:epcglobal:epcis-masterdata:xsd:2" schemaVersion="2.0"
                    creationDate="2026-03-01T00:00:00Z"><EPCISBody><VocabularyList>
                  <Vocabulary type="urn:epcglobal:epcis:vtype:BusinessLocation"><VocabularyElementList>
                    <VocabularyElement id="urn:epc:id:sgln:0614141.00555.0"><attribute id="urn:x:a">1</attribute>
                    </VocabularyElement>
                    <VocabularyElement><attribute id="urn:x:a">2</attribute></VocabularyElement>
                  </VocabularyElementList></Vocabulary></VocabularyList></EPCISBody></epcismd:EPCISMasterDataDocument>""";
        HttpResponse<String> r = capture(teaKey, "application/xml", broken);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("type").asText()).isEqualTo("epcisException:ValidationException");
        assertThat(problem.get("violations").toString()).contains("VocabularyElement[2]").contains("id");
        assertThat(JSON.readTree(t.get("/epcis/capture?perPage=1000", teaKey).body()).size()).isEqualTo(jobsBefore);
        assertThat(JSON.readTree(t.get(ALL + "&EQ_name=urn:epc:id:sgln:0614141.00555.0", teaKey).body())
                .at("/epcisBody/queryResults/resultsBody/vocabularyList")).isEmpty();
    }

    @Test
    void capture_jsonMasterDataDocument_isRefusedByTheJsonSchema() throws Exception {
        HttpResponse<String> r = capture(teaKey, "application/ld+json", """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISMasterDataDocument", "schemaVersion": "2.0", "creationDate": "2026-03-01T10:00:00Z",
                 "epcisBody": {"vocabularyList": []}}""");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("type").asText()).isEqualTo("epcisException:ValidationException");
    }

    @Test
    void vocabularies_anotherOrganisation_neverSeesThem() throws Exception {
        HttpResponse<String> r = t.get(ALL, shipperKey);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).at("/epcisBody/queryResults/resultsBody/vocabularyList")).isEmpty();
        assertThat(t.get(ALL, null).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "?includeChildren=true; 400; epcisException:QueryParameterException",
        "?includeAttributes=true&includeChildren=true&EQ_bizStep=shipping; 400; epcisException:QueryParameterException",
        "?includeAttributes=true&includeChildren=true&vocabularyName=ReadPoint; 400; epcisException:QueryParameterException",
        "?includeAttributes=false&includeChildren=false&maxElementCount=2; 413; epcisException:QueryTooLargeException",
        "?includeAttributes=false&includeChildren=false&nextPageToken=zzz; 400; epcisException:QueryParameterException",
    })
    void vocabularies_badQuery_isAProblemNamingTheRule(String query, int status, String type) throws Exception {
        HttpResponse<String> r = t.get("/epcis/vocabularies" + query, teaKey);
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(JSON.readTree(r.body()).get("type").asText()).isEqualTo(type);
    }

    @Test
    void vocabularies_perPage_linksTheNextPage() throws Exception {
        HttpResponse<String> first = t.get("/epcis/vocabularies?includeAttributes=false&includeChildren=false"
                + "&vocabularyName=urn:epcglobal:epcis:vtype:ReadPoint&perPage=2", teaKey);
        String link = first.headers().firstValue("Link").orElseThrow();
        assertThat(link).endsWith("rel=\"next\"");
        HttpResponse<String> second = t.get(link.substring(1, link.indexOf('>')), teaKey);
        assertThat(second.headers().firstValue("Link")).isEmpty();
        String ids = first.body() + second.body();
        assertThat(ids).contains(SGLN + "8201", SGLN + "8202", SGLN + "8203");
    }

    @Test
    void browse_bizLocations_eventsAndOwnMasterDataOncePagedByLink() throws Exception {
        // Tea's events: one at a location its master data names (8201), one at a location none names.
        HttpResponse<String> accepted = capture(teaKey, "application/ld+json", """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
                 "schemaVersion": "2.0", "creationDate": "2026-03-01T10:00:00Z", "epcisBody": {"eventList": [%s, %s]}}"""
                .formatted(event("1", SGLN + "8201"), event("2", "urn:epc:id:sgln:0614141.00777.0")));
        assertThat(CaptureJobAwait.ended(t, accepted.headers().firstValue("Location").orElseThrow(), teaKey)
                .get("success").asBoolean()).isTrue();
        List<String> members = new ArrayList<>();
        int pages = 0;
        for (String next = "/epcis/bizLocations?perPage=2"; next != null; pages++) {
            HttpResponse<String> page = t.get(next, teaKey);
            assertThat(page.statusCode()).isEqualTo(200);
            JSON.readTree(page.body()).get("member").forEach(m -> members.add(m.asText()));
            next = page.headers().firstValue("Link").map(l -> l.substring(1, l.indexOf('>'))).orElse(null);
        }
        assertThat(members).containsExactly(SGLN + "0", SGLN + "8201", SGLN + "8202", SGLN + "8203",
                "urn:epc:id:sgln:0614141.00777.0");
        assertThat(pages).isEqualTo(3);
        assertThat(JSON.readTree(t.get("/epcis/readPoints", teaKey).body()).get("member").toString())
                .contains(SGLN + "8201", SGLN + "8202", SGLN + "8203");
        assertThat(JSON.readTree(t.get("/epcis/bizLocations", shipperKey).body()).get("member")).isEmpty();

        // Known from master data alone: the resource is there, with no events.
        assertThat(JSON.readTree(t.get("/epcis/bizLocations/" + SGLN + "8202", teaKey).body()).get("member").toString())
                .isEqualTo("[\"events\"]");
        HttpResponse<String> events = t.get("/epcis/bizLocations/" + SGLN + "8202/events", teaKey);
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(events.body()).at("/epcisBody/queryResults/resultsBody/eventList")).isEmpty();
        assertThat(t.get("/epcis/bizLocations/" + SGLN + "8202", shipperKey).statusCode()).isEqualTo(404);
    }

    private static String event(String serial, String bizLocation) {
        return """
                {"type": "ObjectEvent", "eventTime": "2026-03-01T10:00:00+08:00", "eventTimeZoneOffset": "+08:00",
                 "epcList": ["urn:epc:id:sgtin:0614141.107346.%s"], "action": "OBSERVE", "bizLocation": {"id": "%s"}}"""
                .formatted(serial, bizLocation);
    }

    private static HttpResponse<String> capture(String key, String type, String body) {
        return t.send(HttpRequest.newBuilder(t.uri("/epcis/capture")).header("Authorization", "Bearer " + key)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
