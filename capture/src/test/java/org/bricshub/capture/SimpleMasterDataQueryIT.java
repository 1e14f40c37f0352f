package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.ExtensionValue;
import org.bricshub.epcis.MasterData;
import org.bricshub.epcis.query.MasterDataQuery;
import org.bricshub.epcis.query.MasterDataQueryParser;
import org.bricshub.epcis.query.QueryParameterException;
import org.bricshub.platform.access.Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SimpleMasterDataQuery (EPCIS 1.2 §8.2.7.2) over master data captured from a stand-alone EPCISMasterDataDocument (the
 * GS1 Mimasu example) and a JSON-LD header with typed attribute values. Elements are named by alias: L0 (the
 * warehouse 0037000.00729.0, children L1 L2 L3), L1..L3 (business locations 8201..8203; L2's child is L3), R1..R3
 * (read points 8201..8203), N (a location whose only attribute is stated twice, each time without a value), C (the
 * class LOT1).
 */
class SimpleMasterDataQueryIT extends RepositoryWithOrganisations {
    private static final EpcisValidator VALIDATOR = new EpcisValidator();
    private static final String SGLN = "urn:epc:id:sgln:0037000.00729.";
    private static final String ALL = "includeAttributes=false&includeChildren=false";

    @BeforeAll
    static void start() throws Exception {
        String mimasu = Files.readString(Path.of(SimpleMasterDataQueryIT.class
                .getResource("/masterdata/Example-masterData.xml").toURI()));
        assertThat(capture(tea, VALIDATOR.readXmlMasterDataDocument(mimasu)).succeeded()).isTrue();
        assertThat(capture(tea, VALIDATOR.readXmlMasterDataDocument(masterDataDocument(
                "urn:epcglobal:epcis:vtype:BusinessLocation", "urn:epc:id:sgln:0614141.00001.0",
                "<attribute id=\"urn:epcglobal:cbv:mda:sst\"/><attribute id=\"urn:epcglobal:cbv:mda:sst\"/>")))
                .succeeded()).isTrue();
        assertThat(capture(tea, VALIDATOR.readJsonDocument("""
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-03-01T00:00:00Z",
                 "epcisHeader": {"epcisMasterData": {"vocabularyList": [
                   {"type": "urn:epcglobal:epcis:vtype:EPCClass", "vocabularyElementList": [
                     {"id": "urn:epc:class:lgtin:0614141.107346.LOT1", "attributes": [
                       {"id": "https://example.org/mda#weight", "attribute": 5.0},
                       {"id": "https://example.org/mda#grade", "attribute": "5.0"},
                       {"id": "https://example.org/mda#harvested", "attribute": "2026-03-01T08:00:00+08:00"},
                       {"id": "https://example.org/mda#origin", "attribute": "https://example.org/farm/1"}]}]}]}},
                 "epcisBody": {"eventList": []}}""").masterData()).succeeded()).isTrue();
        // Another organisation's statement about the same location must never reach tea's answers, nor tea's its.
        assertThat(capture(other, VALIDATOR.readXmlMasterDataDocument(masterDataDocument(
                "urn:epcglobal:epcis:vtype:BusinessLocation", SGLN + "8201",
                "<attribute id=\"urn:epcglobal:cbv:mda:sst\">999</attribute>"))).succeeded()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "; L0 L1 L2 L3 N C R1 R2 R3",
        "vocabularyName=urn:epcglobal:epcis:vtype:ReadPoint; R1 R2 R3",
        "vocabularyName=urn:epcglobal:epcis:vtype:ReadPoint|urn:epcglobal:epcis:vtype:EPCClass; C R1 R2 R3",
        "vocabularyName=urn:example:vtype:Unknown; ",
        "EQ_name=urn:epc:id:sgln:0037000.00729.8201; L1 R1",
        "WD_name=urn:epc:id:sgln:0037000.00729.0; L0 L1 L2 L3",
        "WD_name=urn:epc:id:sgln:0037000.00729.8202; L2 L3 R2",
        "WD_name=urn:epc:id:sgln:0037000.00729.0&vocabularyName=urn:epcglobal:epcis:vtype:ReadPoint; ",
        "EQ_name=urn:epc:id:sgln:0037000.00729.8203&WD_name=urn:epc:id:sgln:0037000.00729.8202; L3",
        "EQ_name=urn:example:nothing; ",
        "HASATTR=urn:epcglobal:cbv:mda:ssa; L3",
        "HASATTR=ssa|site; L3 R1 R2 R3",
        "HASATTR=sst; L1 L2 L3 R1 R2 R3",
        "EQ_ATTR_sst=202; L2 L3 R2",
        "EQATTR_urn:epcglobal:cbv:mda:sst=201|203; L1 R1 R3",
        "EQ_ATTR_sst=202&HASATTR=ssa; L3",
        "EQ_ATTR_sst=999; ",
        "EQ_ATTR_latitude=+18.0000; L0",
        "EQ_ATTR_latitude=18; ",
        "EQ_ATTR_weight=5; C",
        "EQ_ATTR_weight=5.00|7; C",
        "EQ_ATTR_weight=6; ",
        "EQ_ATTR_grade=5.0; C",
        "EQ_ATTR_grade=5; ",
        "EQ_ATTR_harvested=2026-03-01T00:00:00Z; C",
        "EQ_ATTR_harvested=2026-03-01T08:00:00Z; ",
        "EQ_ATTR_origin=https://example.org/farm/1; C",
        "EQ_ATTR_origin=https://EXAMPLE.org/farm/1; ",
    })
    void masterData_condition_selectsTheOrganisationsOwnElements(String conditions, String expected) {
        assertThat(aliases(tea, conditions == null ? ALL : ALL + "&" + conditions))
                .isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void masterData_anotherOrganisation_seesOnlyItsOwnStatements() {
        assertThat(aliases(other, ALL)).isEqualTo("L1");
        MasterData mine = f.repository.masterData(other, query("includeAttributes=true&includeChildren=true"))
                .masterData();
        assertThat(attribute(mine, "urn:epcglobal:cbv:mda:sst")).isEqualTo("999");
        assertThat(aliases(tea, ALL + "&EQ_ATTR_sst=999")).isEmpty();
        assertThat(aliases(operator, ALL)).isEmpty();
    }

    @Test
    void masterData_includeFlagsAndAttributeNames_shapeTheElementsNotTheSelection() {
        MasterData full = f.repository.masterData(tea, query("includeAttributes=true&includeChildren=true&EQ_name="
                + SGLN + "0")).masterData();
        MasterData.VocabularyElement warehouse = full.vocabularies().getFirst().elements().getFirst();
        assertThat(warehouse.children()).containsExactly(SGLN + "8201", SGLN + "8202", SGLN + "8203");
        assertThat(warehouse.attributes()).extracting(MasterData.Attribute::id).containsExactlyInAnyOrder(
                "http://epcis.example.com/mda/latitude", "http://epcis.example.com/mda/longitude",
                "http://epcis.example.com/mda/address");
        assertThat(warehouse.attributes()).filteredOn(a -> a.id().endsWith("address")).first()
                .extracting(MasterData.Attribute::value).isInstanceOf(ExtensionValue.Element.class);

        MasterData bare = f.repository.masterData(tea, query(ALL + "&EQ_name=" + SGLN + "0")).masterData();
        assertThat(bare.vocabularies().getFirst().elements().getFirst().attributes()).isEmpty();
        assertThat(bare.vocabularies().getFirst().elements().getFirst().children()).isEmpty();

        MasterData projected = f.repository.masterData(tea, query("includeAttributes=true&includeChildren=false"
                + "&attributeNames=urn:epcglobal:cbv:mda:ssa&vocabularyName=urn:epcglobal:epcis:vtype:BusinessLocation"))
                .masterData();
        assertThat(projected.vocabularies().getFirst().elements()).hasSize(5);
        assertThat(projected.vocabularies().getFirst().elements()).flatExtracting(MasterData.VocabularyElement::attributes)
                .extracting(MasterData.Attribute::id).containsExactly("urn:epcglobal:cbv:mda:ssa");
    }

    @Test
    void masterData_maxElementCountExceeded_isQueryTooLarge() {
        assertThat(aliases(tea, ALL + "&maxElementCount=9").split(" ")).hasSize(9);
        assertThatThrownBy(() -> f.repository.masterData(tea, query(ALL + "&maxElementCount=8")))
                .isInstanceOf(QueryTooLargeException.class).hasMessageContaining("maxElementCount=8");
        // The limit counts every matching element, not one page's.
        assertThatThrownBy(() -> f.repository.masterData(tea, query(ALL + "&maxElementCount=8&perPage=2")))
                .isInstanceOf(QueryTooLargeException.class);
    }

    @Test
    void masterData_pages_followEachOtherWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        MasterDataQuery query = query(ALL + "&perPage=4");
        int pages = 0;
        while (true) {
            MasterDataPage page = f.repository.masterData(tea, query);
            seen.add(aliases(page.masterData()));
            pages++;
            if (page.nextPageToken() == null) {
                break;
            }
            query = query.withPage(4, page.nextPageToken());
        }
        assertThat(pages).isEqualTo(3);
        assertThat(String.join(" ", seen)).isEqualTo("L0 L1 L2 L3 N C R1 R2 R3");
        assertThatThrownBy(() -> f.repository.masterData(tea, query(ALL + "&nextPageToken=bm9wZQ")))
                .isInstanceOf(QueryParameterException.class).hasMessageContaining("nextPageToken");
    }

    @Test
    void read_storedMasterDataDocument_isMasterDataWithoutEvents() throws Exception {
        String mimasu = Files.readString(Path.of(getClass().getResource("/masterdata/Example-masterData.xml").toURI()));
        JobDocument job = JobDocument.read(VALIDATOR, "application/xml", mimasu.getBytes(StandardCharsets.UTF_8));
        assertThat(job.events()).isEmpty();
        assertThat(job.masterData()).isEqualTo(VALIDATOR.readXmlMasterDataDocument(mimasu));
    }

    private static CaptureJob capture(Principal who, MasterData masterData) {
        return f.repository.capture(who, List.of(), List.of(), masterData, "application/xml",
                "<x/>".getBytes(StandardCharsets.UTF_8), false);
    }

    static String masterDataDocument(String type, String id, String attributes) {
        return """
                <epcismd:EPCISMasterDataDocument xmlns:epcismd="urn:epcglobal:epcis-masterdata:xsd:2" schemaVersion="2.0"
                    creationDate="2026-03-01T00:00:00Z"><EPCISBody><VocabularyList><Vocabulary type="%s">
                  <VocabularyElementList><VocabularyElement id="%s">%s</VocabularyElement></VocabularyElementList>
                </Vocabulary></VocabularyList></EPCISBody></epcismd:EPCISMasterDataDocument>""".formatted(type, id,
                attributes);
    }

    private static MasterDataQuery query(String parameters) {
        return MasterDataQueryParser.parse(QueryFamiliesIT.parameters(parameters));
    }

    private static String aliases(Principal who, String parameters) {
        return aliases(f.repository.masterData(who, query(parameters + "&perPage=1000")).masterData());
    }

    private static String aliases(MasterData masterData) {
        List<String> aliases = new ArrayList<>();
        for (MasterData.Vocabulary vocabulary : masterData.vocabularies()) {
            for (MasterData.VocabularyElement element : vocabulary.elements()) {
                aliases.add(alias(vocabulary.type(), element.id()));
            }
        }
        return String.join(" ", aliases);
    }

    private static String alias(String type, String id) {
        Map<String, String> locations = Map.of(SGLN + "0", "0", SGLN + "8201", "1", SGLN + "8202", "2",
                SGLN + "8203", "3");
        return switch (type) {
            case "urn:epcglobal:epcis:vtype:EPCClass" -> "C";
            case "urn:epcglobal:epcis:vtype:ReadPoint" -> "R" + locations.get(id);
            default -> locations.containsKey(id) ? "L" + locations.get(id) : "N";
        };
    }

    private static String attribute(MasterData masterData, String id) {
        return masterData.vocabularies().stream().flatMap(v -> v.elements().stream())
                .flatMap(e -> e.attributes().stream()).filter(a -> a.id().equals(id))
                .map(a -> ((ExtensionValue.Text) a.value()).text()).findFirst().orElseThrow();
    }
}
