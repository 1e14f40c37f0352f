package org.bricshub.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EpcisXmlCodecTest {
  /** Files of the XML folder that are not event documents: capture job responses, master data documents. */
  private static final List<String> NOT_EVENT_DOCUMENTS =
      List.of("CaptureJob/", "CBV/CBV-11.4-2020-06-16a.xml", "Mimasu/Example-masterData.xml");

  private static final EpcisValidator VALIDATOR = new EpcisValidator();
  private final EpcisXmlCodec xml = new EpcisXmlCodec();
  private final EpcisJsonCodec json = new EpcisJsonCodec();

  static Stream<String> xmlExamples() {
    return Gs1Examples.files("examples/XML", ".xml", ".json")
        .filter(name -> name.endsWith(".xml"))
        .filter(name -> NOT_EVENT_DOCUMENTS.stream().noneMatch(name::startsWith));
  }

  static Stream<String> jsonExamples() {
    return EpcisJsonCodecTest.jsonExamples();
  }

  @ParameterizedTest
  @MethodSource("xmlExamples")
  void roundTrip_gs1XmlExample_givesTheSameModel(String example) {
    EpcisDocument document = xml.readDocument(Gs1Examples.read("examples/XML", example));

    assertThat(xml.readDocument(xml.writeDocument(document))).isEqualTo(document);
  }

  @ParameterizedTest
  @MethodSource("xmlExamples")
  void xmlToJson_gs1XmlExample_keepsEveryEvent(String example) {
    EpcisDocument document = xml.readDocument(Gs1Examples.read("examples/XML", example));
    EpcisDocument viaJson = json.readDocument(json.writeDocument(document));

    assertThat(viaJson.events()).isEqualTo(document.events());
  }

  @ParameterizedTest
  @MethodSource("jsonExamples")
  void jsonToXml_gs1JsonExample_keepsEveryEvent(String example) {
    EpcisDocument document = json.readDocument(Gs1Examples.read("examples/JSON", example));
    EpcisDocument viaXml = xml.readDocument(xml.writeDocument(document));

    assertThat(viaXml.events()).isEqualTo(document.events());
    assertThat(viaXml.extensions()).isEqualTo(document.extensions());
    assertThat(EventHashId.ofDocument(viaXml)).isEqualTo(EventHashId.ofDocument(document));
  }

  @ParameterizedTest
  @MethodSource("xmlExamples")
  void writeDocument_gs1XmlExample_isValidAgainstTheXsd(String example) {
    EpcisDocument document = xml.readDocument(Gs1Examples.read("examples/XML", example));

    assertThat(VALIDATOR.xsdViolations(xml.writeDocument(document))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("jsonExamples")
  void writeDocument_gs1JsonExample_isValidAgainstTheXsd(String example) {
    EpcisDocument document = json.readDocument(Gs1Examples.read("examples/JSON", example));

    assertThat(VALIDATOR.xsdViolations(xml.writeDocument(document))).isEmpty();
  }
}
