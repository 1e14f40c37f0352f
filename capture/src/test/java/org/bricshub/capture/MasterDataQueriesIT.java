package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bricshub.capture.MasterDataDocuments.capture;
import static org.bricshub.capture.MasterDataDocuments.document;
import static org.bricshub.capture.MasterDataDocuments.event;

import java.util.TreeSet;
import org.bricshub.epcis.query.EventQueryParser;
import org.bricshub.epcis.query.QueryParameterException;
import org.bricshub.platform.access.Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Master data captured in a document's header and the HASATTR_/EQ_ATTR_ parameters over it (EPCIS 2.0 §8.2.7.1).
 * Events are named by their first EPC's serial: A (bizLocation 777.0, readPoint 777.1), B (bizLocation 888.0),
 * C (a quantity of class LOT1). Attribute values compare by their stored type: the number 500 equals 500.00 and
 * 5E2; the string "201" equals only "201"; an attribute without a value is not "had" (HASATTR: a non-null attribute).
 */
class MasterDataQueriesIT extends RepositoryWithOrganisations {
    private static final String MDA = "urn:epcglobal:cbv:mda:";

    @BeforeAll
    static void start() {
        assertThat(capture(f, tea, document("""
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
        assertThat(capture(f, other, document("""
                {"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [
                  {"id": "urn:epc:id:sgln:0614141.00888.0", "attributes": [{"id": "%1$ssst", "attribute": "999"}]}]}
                """.formatted(MDA))).succeeded()).isTrue();
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
        assertThat(capture(f, tea, document("""
                {"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [
                  {"id": "urn:epc:id:sgln:0614141.00555.0", "attributes": [{"id": "%1$sgrade", "attribute": "A"},
                   {"id": "%1$sfloor", "attribute": "1"}]}]}""".formatted(MDA),
                event("D", "\"bizLocation\": {\"id\": \"urn:epc:id:sgln:0614141.00555.0\"}"))).succeeded()).isTrue();
        assertThat(names(tea, "EQ_ATTR_bizLocation_grade=A")).isEqualTo("D");
        String restated = """
                {"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [
                  {"id": "urn:epc:id:sgln:0614141.00555.0", "attributes": [{"id": "%1$sgrade", "attribute": "%2$s"}]}]}""";

        assertThat(capture(f, tea, document(restated.formatted(MDA, "B"))).succeeded()).isTrue();
        assertThat(names(tea, "EQ_ATTR_bizLocation_grade=A")).isEmpty();
        assertThat(names(tea, "EQ_ATTR_bizLocation_grade=B")).isEqualTo("D");
        assertThat(names(tea, "HASATTR_bizLocation=floor")).isEmpty();

        // A repeated event fails the capture (rollback): its master data is not stored either.
        var failed = capture(f, tea, document(restated.formatted(MDA, "C"),
                event("D", "\"bizLocation\": {\"id\": \"urn:epc:id:sgln:0614141.00555.0\"}")));
        assertThat(failed.succeeded()).isFalse();
        assertThat(names(tea, "EQ_ATTR_bizLocation_grade=B")).isEqualTo("D");
        assertThat(names(tea, "EQ_ATTR_bizLocation_grade=C")).isEmpty();
    }

    @Test
    void query_withDescendants_followsTheOrganisationsMasterDataChildren() {
        // warehouse -> hall -> dock (and dock -> warehouse: a cycle must end); the event is at the dock.
        String sgln = "urn:epc:id:sgln:0614141.00";
        assertThat(capture(f, tea, document("""
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
        assertThat(capture(f, other, document("""
                {"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [
                  {"id": "%1$s999.0", "children": ["%1$s300.0"]}]}""".formatted(sgln))).succeeded()).isTrue();
        assertThat(names(tea, "WD_bizLocation=" + sgln + "999.0")).isEmpty();
        assertThat(names(operator, "WD_bizLocation=" + sgln + "100.0")).isEmpty();
    }

    private static String names(Principal who, String query) {
        TreeSet<String> names = new TreeSet<>();
        for (String event : f.repository.query(who, EventQueryParser.parse(QueryFamiliesIT.parameters(query))).events()) {
            names.add(event.replaceFirst("(?s).*sgtin:0614141\\.107346\\.([A-Z]+)\".*", "$1"));
        }
        return String.join(" ", names);
    }
}
