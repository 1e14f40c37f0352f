package org.bricshub.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EpcisJsonCodecTest {
  private final EpcisJsonCodec codec = new EpcisJsonCodec();

  static Stream<String> jsonExamples() {
    return Gs1Examples.files("examples/JSON", ".jsonld", ".json");
  }

  @ParameterizedTest
  @MethodSource("jsonExamples")
  void roundTrip_gs1Example_keepsEveryField(String example) {
    JsonNode original = EpcisJsonCodec.parse(Gs1Examples.read("examples/JSON", example));
    EpcisDocument document = codec.readDocument(original);
    JsonNode written = codec.documentTree(document);

    assertThat(JsonComparison.normalise(written)).isEqualTo(JsonComparison.normalise(original));
    assertThat(codec.readDocument(written)).isEqualTo(document);
  }

  @ParameterizedTest
  @MethodSource("jsonExamples")
  void readDocument_gs1Example_resolvesEveryExtensionPrefix(String example) {
    EpcisDocument document = codec.readDocument(Gs1Examples.read("examples/JSON", example));

    assertThat(document.events()).isNotEmpty();
    document.events().forEach(event -> EventExtensions.all(event).forEach(list -> list.forEach(
        extension -> assertThat(extension.name().namespace()).isNotEmpty())));
  }

  @Test
  void readDocument_cbvUrnAndWebUri_holdCompactValues() {
    String json = """
        {"@context":"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld","type":"EPCISDocument",
         "schemaVersion":"2.0","creationDate":"2024-01-01T00:00:00Z","epcisBody":{"eventList":[
         {"type":"ObjectEvent","eventTime":"2024-01-01T00:00:00+08:00","eventTimeZoneOffset":"+08:00",
          "epcList":["urn:epc:id:sgtin:0614141.107346.2017"],"action":"OBSERVE",
          "bizStep":"urn:epcglobal:cbv:bizstep:shipping","disposition":"https://ref.gs1.org/cbv/Disp-in_transit",
          "bizTransactionList":[{"type":"cbv:BTT-po","bizTransaction":"urn:epc:id:gdti:0614141.00001.1"}]}]}}
        """;
    EpcisEvent event = codec.readDocument(json).events().getFirst();

    assertThat(event.common().bizStep()).isEqualTo("shipping");
    assertThat(event.common().disposition()).isEqualTo("in_transit");
    assertThat(event.common().bizTransactionList().getFirst().type()).isEqualTo("po");
  }

  @Test
  void readDocument_brokenEvents_reportsEveryViolationWithPointer() {
    String json = """
        {"@context":"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld","type":"EPCISDocument",
         "schemaVersion":"2.0","creationDate":"2024-01-01T00:00:00Z","epcisBody":{"eventList":[
         {"type":"ObjectEvent","eventTime":"yesterday","eventTimeZoneOffset":"+08:00","action":"OBSERVE"},
         {"type":"AggregationEvent","eventTime":"2024-01-01T00:00:00Z","eventTimeZoneOffset":"+00:00",
          "action":"PACK","undefined:field":1}]}}
        """;
    assertThatThrownBy(() -> codec.readDocument(json))
        .isInstanceOfSatisfying(EpcisValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::location)
            .containsExactlyInAnyOrder("/epcisBody/eventList/0/eventTime", "/epcisBody/eventList/1/action",
                "/epcisBody/eventList/1/undefined:field"));
  }

  @Test
  void writeEvent_extension_declaresItsPrefix() {
    String json = """
        {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"ex":"https://ex.org/"}],
         "type":"ObjectEvent","eventTime":"2024-01-01T00:00:00Z","eventTimeZoneOffset":"+00:00","action":"ADD",
         "epcList":["urn:epc:id:sgtin:0614141.107346.2017"],"ex:grade":{"ex:level":"A","ex:score":9.50}}
        """;
    EpcisEvent event = codec.readEvent(json);
    String written = codec.writeEvent(event);

    assertThat(written).contains("{\"ex\":\"https://ex.org/\"}").contains("9.50");
    assertThat(codec.readEvent(written)).isEqualTo(event);
  }
}
