package org.bricshub.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EpcisValidatorTest {
  private static final EpcisValidator VALIDATOR = new EpcisValidator();
  /**
   * XML examples that contradict the standard: sensor reports with measurement types that are not in the GS1 EPCIS
   * 2.0 vocabulary (the JSON schema's measurementType list: EffectiveDoseRate, Molar_concentration), and sensor
   * reports without the type the JSON schema requires (the XSD leaves the attribute optional).
   */
  private static final Map<String, List<String>> CONTRADICTIONS = Map.of(
      "WithExtension/TransactionEvent.xml",
      List.of("'EffectiveDoseRate' is not a value of the standard measurement_type"),
      "WithSensorData/SensorDataExamples.xml",
      List.of("'Molar_concentration' is not a value of the standard measurement_type",
          "'EffectiveDoseRate' is not a value of the standard measurement_type", "a sensor report requires a type"));

  static Stream<String> jsonExamples() {
    return EpcisJsonCodecTest.jsonExamples();
  }

  static Stream<String> xmlExamples() {
    return EpcisXmlCodecTest.xmlExamples();
  }

  @ParameterizedTest
  @MethodSource("jsonExamples")
  void readJsonDocument_gs1Example_findsNoViolation(String example) {
    String text = Gs1Examples.read("examples/JSON", example);
    assertThat(VALIDATOR.jsonSchemaViolations(EpcisJsonCodec.parse(text))).isEmpty();
    assertThat(VALIDATOR.readJsonDocument(text).events()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("xmlExamples")
  void readXmlDocument_gs1Example_findsNoViolation(String example) {
    String text = Gs1Examples.read("examples/XML", example);
    assertThat(VALIDATOR.xsdViolations(text)).isEmpty();
    if (CONTRADICTIONS.containsKey(example)) {
      assertThatThrownBy(() -> VALIDATOR.readXmlDocument(text))
          .isInstanceOfSatisfying(EpcisValidationException.class, e -> assertThat(e.violations())
              .extracting(Violation::rule)
              .allMatch(rule -> CONTRADICTIONS.get(example).stream().anyMatch(rule::contains)));
    } else {
      assertThat(VALIDATOR.readXmlDocument(text)).isNotNull();
    }
  }

  private static final String HEAD = """
      {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument",
       "schemaVersion":"2.0","creationDate":"2024-01-01T00:00:00Z","epcisBody":{"eventList":[""";

  @Test
  void readJsonDocument_schemaViolations_reportsEachWithItsPointer() {
    String json = HEAD + """
        {"type":"ObjectEvent","eventTime":"2024-01-01T00:00:00Z","eventTimeZoneOffset":"+00:00",
         "epcList":["urn:epc:id:sgtin:0614141.107346.2017"]},
        {"type":"ObjectEvent","eventTime":"2024-01-01T00:00:00Z","eventTimeZoneOffset":"+25:00","action":"ADD",
         "epcList":["urn:epc:id:sgtin:0614141.107346.2017"]}]}}""";

    assertThatThrownBy(() -> VALIDATOR.readJsonDocument(json))
        .isInstanceOfSatisfying(EpcisValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::location)
            .contains("/epcisBody/eventList/0", "/epcisBody/eventList/1/eventTimeZoneOffset"));
  }

  @Test
  void readJsonDocument_semanticViolations_reportsEveryOne() {
    String json = HEAD + """
        {"type":"ObjectEvent","eventTime":"2024-01-01T00:00:00Z","eventTimeZoneOffset":"+08:00","action":"ADD",
         "epcList":["urn:epc:id:sgtin:0614141.107346.2017","urn:epc:id:sgtin:0614141.10734.2017"],
         "bizStep":"urn:epcglobal:cbv:bizstep:harvesting","readPoint":{"id":"https://id.gs1.org/414/4012345000116"},
         "quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.998877","uom":"KGM"}]},
        {"type":"AggregationEvent","eventTime":"2024-01-01T00:00:00Z","eventTimeZoneOffset":"+08:00",
         "action":"ADD","childEPCs":["urn:epc:id:sgtin:0614141.107346.2017"]}]}}""";

    assertThatThrownBy(() -> VALIDATOR.readJsonDocument(json))
        .isInstanceOfSatisfying(EpcisValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::location)
            .contains("/epcisBody/eventList/0/epcList/1", "/epcisBody/eventList/0/bizStep",
                "/epcisBody/eventList/0/readPoint/id", "/epcisBody/eventList/0/quantityList/0/quantity",
                "/epcisBody/eventList/1/parentID"));
  }

  @Test
  void readXmlDocument_xsdViolation_reportsTheElementPath() {
    String xml = """
        <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0"
            creationDate="2024-01-01T00:00:00Z"><EPCISBody><EventList>
          <ObjectEvent><eventTime>2024-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
            <action>OBSERVE</action></ObjectEvent>
          <ObjectEvent><eventTime>2024-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
            <action>PACK</action></ObjectEvent>
        </EventList></EPCISBody></epcis:EPCISDocument>""";

    assertThatThrownBy(() -> VALIDATOR.readXmlDocument(xml))
        .isInstanceOfSatisfying(EpcisValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::location)
            .contains("/EPCISDocument/EPCISBody[1]/EventList[1]/ObjectEvent[2]/action[1]"));
  }

  @Test
  void readJsonEvent_validEvent_returnsIt() {
    String json = """
        {"@context":"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld","type":"TransformationEvent",
         "eventTime":"2024-05-01T08:00:00+08:00","eventTimeZoneOffset":"+08:00",
         "inputQuantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.998877","quantity":120,"uom":"KGM"}],
         "outputEPCList":["urn:epc:id:sgtin:4012345.011111.1"],"bizStep":"commissioning"}""";

    assertThat(VALIDATOR.readJsonEvent(json)).isInstanceOf(TransformationEvent.class);
  }
}
