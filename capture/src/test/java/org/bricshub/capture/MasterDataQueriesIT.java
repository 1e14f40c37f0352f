package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.TreeSet;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EventHashId;
import org.bricshub.epcis.query.EventQueryParser;
import org.bricshub.epcis.query.QueryParameterException;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.org.OrganisationKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Master data captured in a document's header and the HASATTR_/EQ_ATTR_ parameters over it (EPCIS 2.0 §8.2.7.1).
 * Events are named by their first EPC's serial: A (bizLocation 777.0, readPoint 777.1), B (bizLocation 888.0),
 * C (a quantity of class LOT1). Attribute values compare by their stored type: the number 500 equals 500.00 and
 * 5E2; the string "201" equals only "201"; an attribute without a value is not "had" (HASATTR: a non-null attribute).
 */
class MasterDataQueriesIT {
    private static final EpcisValidator VALIDATOR = new EpcisValidator();
    private static final String MDA = "urn:epcglobal:cbv:mda:";
    @TempDir static Path dir;
    static RepositoryFixture f;
    static Principal tea;
    static Principal other;
    static Principal operator;

    @BeforeAll
    static void start() {
        f = new RepositoryFixture(dir);
        tea = f.principal("Anxi Tea", OrganisationKind.BRAND_OWNER, "0614141");
        other = f.principal("Other", OrganisationKind.BRAND_OWNER, "0099999");
        operator = f.principal("Operator", OrganisationKind.OPERATOR, "999999999");
        assertThat(capture(tea, document("""
                {"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [
                  {"id": "urn:epc:id:sgln:0614141.00777.0", "attributes": [{"id": "%1$ssst", "attribute": "201"},
                    {"id": "https://example.org/ns#capacity", "attribute": 500}]},
                  {"id": "urn:epc:id:sgln:0614141.00888.0", "attributes": [{"id": "%1$ssst", "attribute": "202"},
                    {"id": "%1$sssa", "attribute": "402"}, {"id": "%1$sssa", "attribute": "403"},
                    {"id": "%1$saddress", "attribute": {"city": "Anxi"}}, {"id": "%1$snote"}]}]},
                {"type": "urn:epcglobal:epcis:vtype:ReadPoint", "vocabularyElementList": [
                  {"id": "urn:epc:id:sgln:0614141.00777.1", "attributes": [{"id": "%1$ssst", "attribute": "203"}]}]},
                {"type": "urn:epcglobal:epcis:vtype:EPCClass", "vocabularyElementList": [
                  {"id": "urn:epc:class:lgtin:0614141.107346.LOT1",
                   "attributes": [{"id": "%1$scountryOfOrigin", "attribute": "CN"}]}]}""".formatted(MDA),
                event("A", "\"bizLocation\": {\"id\": \"urn:epc:id:sgln:0614141.00777.0\"}, "
                        + "\"readPoint\": {\"id\": \"urn:epc:id:sgln:0614141.00777.1\"}"),
                event("B", "\"bizLocation\": {\"id\": \"urn:epc:id:sgln:0614141.00888.0\"}"),
                event("C", "\"quantityList\": [{\"epcClass\": \"urn:epc:class:lgtin:0614141.107346.LOT1\", "
                        + "\"quantity\": 10}]"))).succeeded()).isTrue();
        // Another organisation's statement about the same location must never decide what tea's queries match.
        assertThat(capture(other, document("""
                {"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [
                  {"id": "urn:epc:id:sgln:0614141.00888.0", "attributes": [{"id": "%1$ssst", "attribute": "999"}]}]}
                """.formatted(MDA))).succeeded()).isTrue();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "HASATTR_bizLocation=urn:epcglobal:cbv:mda:sst; A B",
        "HASATTR_bizLocation=sst; A B",
        "HASATTR_bizLocation=capacity|nothing; A",
        "HASATTR_bizLocation=address; B",
        "HASATTR_bizLocation=urn:epcglobal:cbv:mda:ss; ",
        "HASATTR_readPoint=sst; A",
        "HASATTR_readPoint=capacity; ",
        "HASATTR_epcClass=countryOfOrigin; C",
        "EQ_ATTR_bizLocation_sst=201; A",
        "EQ_ATTR_bizLocation_sst=201|202; A B",
        "EQ_ATTR_bizLocation_urn:epcglobal:cbv:mda:sst=202; B",
        "EQ_ATTR_bizLocation_ssa=403; B",
        "EQ_ATTR_bizLocation_capacity=500; A",
        "EQ_ATTR_bizLocation_capacity=500.00|7; A",
        "EQ_ATTR_bizLocation_capacity=5E2; A",
        "EQ_ATTR_bizLocation_capacity=501; ",
        "EQ_ATTR_bizLocation_sst=201.0; ",
        "EQ_ATTR_bizLocation_sst=+201; ",
        "HASATTR_bizLocation=note; ",
        "EQ_ATTR_bizLocation_address=Anxi; ",
        "EQ_ATTR_bizLocation_sst=999; ",
        "EQ_ATTR_readPoint_sst=203; A",
        "EQ_ATTR_readPoint_sst=201; ",
        "EQ_ATTR_epcClass_countryOfOrigin=CN; C",
        "EQ_ATTR_epcClass_countryOfOrigin=CN&EQ_ATTR_bizLocation_sst=201; ",
        "EQ_ATTR_bizLocation_sst=201&HASATTR_readPoint=sst; A",
    })
    void query_masterDataParameter_matchesTheOrganisationsOwnMasterData(String query, String expected) {
        assertThat(names(tea, query)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void query_anotherOrganisationsMasterData_neverMatches() {
        assertThat(names(operator, "MATCH_epc=urn:epc:id:sgtin:0614141.107346.B")).isEqualTo("B");
        assertThat(names(operator, "HASATTR_bizLocation=sst")).isEmpty();
        assertThat(names(operator, "EQ_ATTR_bizLocation_sst=201|202|999")).isEmpty();
        assertThat(names(other, "EQ_ATTR_bizLocation_sst=999")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"HASATTR_bizStep=sst", "EQ_ATTR_disposition_sst=1", "HASATTR_ex:f=sst",
        "EQ_ATTR_epcList_sst=1"})
    void query_fieldWithoutMasterData_isAQueryParameterException(String query) {
        assertThatThrownBy(() -> names(tea, query)).isInstanceOf(QueryParameterException.class)
                .hasMessageContaining(query.substring(0, query.indexOf('=')));
    }

    @Test
    void capture_laterMasterDataReplacesTheElementAndAFailedCaptureStoresNone() {
        assertThat(capture(tea, document("""
                {"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [
                  {"id": "urn:epc:id:sgln:0614141.00555.0", "attributes": [{"id": "%1$sgrade", "attribute": "A"},
                   {"id": "%1$sfloor", "attribute": "1"}]}]}""".formatted(MDA),
                event("D", "\"bizLocation\": {\"id\": \"urn:epc:id:sgln:0614141.00555.0\"}"))).succeeded()).isTrue();
        assertThat(names(tea, "EQ_ATTR_bizLocation_grade=A")).isEqualTo("D");
        String restated = """
                {"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [
                  {"id": "urn:epc:id:sgln:0614141.00555.0", "attributes": [{"id": "%1$sgrade", "attribute": "%2$s"}]}]}""";

        assertThat(capture(tea, document(restated.formatted(MDA, "B"))).succeeded()).isTrue();
        assertThat(names(tea, "EQ_ATTR_bizLocation_grade=A")).isEmpty();
        assertThat(names(tea, "EQ_ATTR_bizLocation_grade=B")).isEqualTo("D");
        assertThat(names(tea, "HASATTR_bizLocation=floor")).isEmpty();

        // A repeated event fails the capture (rollback): its master data is not stored either.
        var failed = capture(tea, document(restated.formatted(MDA, "C"),
                event("D", "\"bizLocation\": {\"id\": \"urn:epc:id:sgln:0614141.00555.0\"}")));
        assertThat(failed.succeeded()).isFalse();
        assertThat(names(tea, "EQ_ATTR_bizLocation_grade=B")).isEqualTo("D");
        assertThat(names(tea, "EQ_ATTR_bizLocation_grade=C")).isEmpty();
    }

    @Test
    void query_withDescendants_followsTheOrganisationsMasterDataChildren() {
        // warehouse -> hall -> dock (and dock -> warehouse: a cycle must end); the event is at the dock.
        String sgln = "urn:epc:id:sgln:0614141.00";
        assertThat(capture(tea, document("""
                {"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [
                  {"id": "%1$s100.0", "children": ["%1$s200.0"]},
                  {"id": "%1$s200.0", "children": ["%1$s300.0"]},
                  {"id": "%1$s300.0", "children": ["%1$s100.0"]}]},
                {"type": "urn:epcglobal:epcis:vtype:ReadPoint", "vocabularyElementList": [
                  {"id": "%1$s100.0", "children": ["%1$s300.0"]}]}""".formatted(sgln),
                event("E", "\"bizLocation\": {\"id\": \"" + sgln + "300.0\"}"))).succeeded()).isTrue();
        assertThat(names(tea, "WD_bizLocation=" + sgln + "100.0")).isEqualTo("E");
        assertThat(names(tea, "WD_bizLocation=" + sgln + "200.0")).isEqualTo("E");
        assertThat(names(tea, "WD_bizLocation=" + sgln + "300.0")).isEqualTo("E");
        // The read-point vocabulary's hierarchy is not the business locations'; GLN extensions still count.
        assertThat(names(tea, "WD_readPoint=" + sgln + "100.0")).isEmpty();
        assertThat(names(tea, "WD_bizLocation=urn:epc:id:sgln:0614141.00777.0")).isEqualTo("A");
        // Another organisation's children lists never extend tea's hierarchy.
        assertThat(capture(other, document("""
                {"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [
                  {"id": "%1$s999.0", "children": ["%1$s300.0"]}]}""".formatted(sgln))).succeeded()).isTrue();
        assertThat(names(tea, "WD_bizLocation=" + sgln + "999.0")).isEmpty();
        assertThat(names(operator, "WD_bizLocation=" + sgln + "100.0")).isEmpty();
    }

    private static CaptureJob capture(Principal who, EpcisDocument document) {
        return f.repository.capture(who, document.events(), EventHashId.ofDocument(document), document.masterData(),
                "application/ld+json", "{}".getBytes(StandardCharsets.UTF_8), false);
    }

    private static EpcisDocument document(String vocabularies, String... events) {
        return VALIDATOR.readJsonDocument("""
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-03-01T00:00:00Z",
                 "epcisHeader": {"epcisMasterData": {"vocabularyList": [%s]}},
                 "epcisBody": {"eventList": [%s]}}""".formatted(vocabularies, String.join(",", events)));
    }

    /** An ObjectEvent about {@code urn:epc:id:sgtin:0614141.107346.<name>} with the extra members. */
    private static String event(String name, String members) {
        return """
                {"type": "ObjectEvent", "eventTime": "2026-03-01T10:00:00+08:00", "eventTimeZoneOffset": "+08:00",
                 "epcList": ["urn:epc:id:sgtin:0614141.107346.%s"], "action": "OBSERVE", %s}""".formatted(name, members);
    }

    private static String names(Principal who, String query) {
        TreeSet<String> names = new TreeSet<>();
        for (String event : f.repository.query(who, EventQueryParser.parse(QueryFamiliesIT.parameters(query))).events()) {
            names.add(event.replaceFirst("(?s).*sgtin:0614141\\.107346\\.([A-Z]+)\".*", "$1"));
        }
        return String.join(" ", names);
    }
}
