package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisEvent;
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
 * The query families answered from the stored event (sensor, quantity, ILMD, error declaration, user extensions) and
 * the location hierarchy of WD_, over GS1 example events. Results are named by example: S6, S7, S8, S12
 * (SensorDataExample6/7/8/12), T (Example_9.6.4-TransformationEvent), E1 and E2 (the two events of
 * Example_9.6.1-ObjectEvent-with-error-declaration).
 */
class QueryFamiliesIT {
    private static final EpcisValidator VALIDATOR = new EpcisValidator();
    private static final Map<String, String> EXAMPLES = Map.of(
            "S6", "json/WithSensorData/SensorDataExample6.jsonld", "S7", "json/WithSensorData/SensorDataExample7.jsonld",
            "S8", "json/WithSensorData/SensorDataExample8.jsonld", "S12", "json/WithSensorData/SensorDataExample12.jsonld",
            "T", "json/Example_9.6.4-TransformationEvent.jsonld",
            "E", "json/WithErrorDeclaration/Example_9.6.1-ObjectEvent-with-error-declaration.jsonld");
    /** The prefixes a client declares in GS1-Extensions: some differ from the events' own. */
    private static final Map<String, String> PREFIXES = Map.of("example", "http://ns.example.com/epcis/",
            "ex12", "https://ns.example.com/epcis", "ex2", "https://ns.example2.com/epcis",
            "ex3", "https://ns.example3.com/epcis", "ex4", "https://ns.example4.com/epcis");
    @TempDir static Path dir;
    static RepositoryFixture f;
    static Principal operator;
    static final Map<String, String> NAMES = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        f = new RepositoryFixture(dir);
        operator = f.principal("Operator", OrganisationKind.OPERATOR, "999999999");
        for (var example : EXAMPLES.entrySet()) {
            String text = Files.readString(Path.of(QueryFamiliesIT.class.getResource("/gs1/" + example.getValue()).toURI()));
            EpcisDocument document = VALIDATOR.readJsonDocument(text);
            List<EpcisEvent> events = document.events();
            List<String> hashes = events.stream().map(EventHashId::of).toList();
            assertThat(f.repository.capture(operator, events, hashes, "application/ld+json", new byte[0], false)
                    .succeeded()).isTrue();
            for (int i = 0; i < events.size(); i++) {
                String id = events.get(i).common().eventID() == null ? hashes.get(i) : events.get(i).common().eventID();
                NAMES.put(id, events.size() == 1 ? example.getKey() : example.getKey() + (i + 1));
            }
        }
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "EQ_type=Temperature; S12 S6 S7 S8",
        "EQ_type=example:Abc; S7",
        "GE_minValue_CEL=12; S12 S6 S8",
        "GT_maxValue_CEL=14; ",
        "LT_maxValue_CEL=14; S12 S6 S8",
        "LE_meanValue_CEL=13.2; S12 S6 S8",
        "GT_sDev_CEL=0.5; ",
        "GE_percValue_CEL=12.7; S12 S6 S8",
        "EQ_value_CEL=26; S7",
        "GE_value_CEL=26; S7",
        "GE_value_KGM=26; ",
        "GE_percRank=50; S12 S6 S8",
        "LT_percRank=50; ",
        "EQ_booleanValue=true; S7",
        "EQ_booleanValue=false; ",
        "EQ_hexBinaryValue=f0f0f0; S7",
        "EQ_uriValue=https://example.org/example/someSectorSpecificValue; S7",
        "EQ_stringValue=someSensorOutput|SomeString; S12 S6 S7 S8",
        "EQ_chemicalSubstance=https://identifiers.org/inchikey:CZMRCDWAGMRECN-UGDNZRGBSA-N; S8",
        "EQ_microorganism=https://www.ncbi.nlm.nih.gov/taxonomy/1126011; S8",
        "EQ_deviceID=urn:epc:id:giai:4000001.111; S7 S8",
        "EQ_dataProcessingMethod=https://example.com/253/4012345000054987; S8",
        "EQ_bizRules=https://example.org/253/4012345000054987; S8",
        "GE_startTime=2019-04-01T13:00:00Z; S12 S6 S8",
        "LT_startTime=2019-04-01T14:00:00Z; ",
        "GE_endTime=2019-04-02T13:59:59.999Z; S12 S6 S8",
        "GE_time=2019-07-19T13:00:00Z; S7 S8",
        "LT_time=2019-07-19T13:00:00Z; ",
        "GE_quantity_KGM=20; S12 S6 S8",
        "LT_quantity_KGM=30; S12 T",
        "EQ_quantity=30; T",
        "GT_quantity=200; T",
        "GT_quantity=220; ",
        "EQ_quantity_KGM=150; S6",
        "EQ_ILMD_example:batch=XYZ; T",
        "EXISTS_ILMD_example:bestBeforeDate=; T",
        "EQ_ILMD_ex12:grading=A; S12",
        "EQ_ILMD_ex2:sizeCode=B-2; ",
        "EQ_INNER_ILMD_ex2:sizeCode=B-2; S12",
        "EQ_ILMD_cbvmda:lotNumber=LOTABC; S12",
        "EQ_ERROR_DECLARATION_ex12:issuer=Employee 123; S12",
        "EXISTS_ERROR_DECLARATION_ex3:errorCodes=; S12",
        "EQ_INNER_ERROR_DECLARATION_ex3:value1=34; S12",
        "GT_INNER_ERROR_DECLARATION_ex3:value44=65; S12",
        "GT_INNER_ERROR_DECLARATION_ex3:value44=66; ",
        "EQ_SENSORREPORT_example:cv=123; S6 S8",
        "EQ_SENSORMETADATA_example:someFurtherMetaData=someText; S6 S8",
        "EQ_SENSORELEMENT_ex12:someUserField=abc123; S12",
        "EQ_ex4:otherThings=some text; S12",
        "EQ_INNER_ex12:machine=urn:epc:id:giai:4012345.ABC; S12",
        "EXISTS_example:myField=; E2 T",
        "EQ_errorReason=incorrect_data; E1",
        "EQ_correctiveEventID=urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6; E1",
        "GE_errorDeclarationTime=2021-02-01T00:00:00Z; E1",
        "WD_readPoint=urn:epc:id:sgln:4012345.00005.0; S6 S7",
        "WD_bizLocation=urn:epc:id:sgln:4023333.00001.0; S12",
        "EQ_bizLocation=urn:epc:id:sgln:4023333.00001.0; ",
        "WD_bizLocation=urn:epc:id:sgln:4023333.00001.12; S12",
        "WD_bizLocation=urn:epc:id:sgln:4023333.00002.0; ",
        "EQ_type=Temperature&GE_minValue_CEL=12&EQ_ILMD_ex12:grading=A; S12",
    })
    void query_family(String query, String expected) {
        assertThat(names(query)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void query_orderByExtensionFieldPutsEventsWithoutItLast() {
        String first = f.repository.query(operator, EventQueryParser.parse(parameters(
                "orderBy=ex4:otherThings&orderDirection=ASC&eventCountLimit=1"), PREFIXES)).events().getFirst();
        assertThat(first).contains("otherThings");
    }

    @Test
    void query_masterDataAttributesRunAndMatchNothingWithoutMasterData() {
        assertThat(names("HASATTR_bizLocation=sst")).isEmpty();
        assertThat(names("EQ_ATTR_readPoint_sst=201")).isEmpty();
        assertThatThrownBy(() -> names("HASATTR_bizStep=sst")).isInstanceOf(QueryParameterException.class)
                .hasMessageContaining("HASATTR_bizStep");
    }

    @Test
    void query_undeclaredPrefixIsAParameterProblem() {
        assertThatThrownBy(() -> f.repository.query(operator, EventQueryParser.parse(parameters("EQ_ILMD_nope:x=1"))))
                .isInstanceOf(QueryParameterException.class).hasMessageContaining("nope");
    }

    private static String names(String query) {
        List<String> events = f.repository.query(operator, EventQueryParser.parse(parameters(query), PREFIXES)).events();
        TreeSet<String> names = new TreeSet<>();
        for (String event : events) {
            String id = event.replaceFirst("(?s).*\"eventID\":\"([^\"]+)\".*", "$1");
            names.add(NAMES.getOrDefault(id, id));
        }
        return String.join(" ", names);
    }

    /** {@code a=1&b=2|3} as query parameters (a value is kept whole: the parser splits pipes). */
    static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            parameters.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>())
                    .addAll(eq == pair.length() - 1 ? List.of() : Arrays.asList(pair.substring(eq + 1)));
        }
        return parameters;
    }
}
