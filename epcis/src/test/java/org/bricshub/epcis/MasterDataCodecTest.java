package org.bricshub.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MasterDataCodecTest {
  private static final EpcisValidator VALIDATOR = new EpcisValidator();
  private static final String ALL_FIELDS = "WithFullCombinationOfFields/masterdata_all_possible_fields.xml";
  private final EpcisXmlCodec xml = new EpcisXmlCodec();
  private final EpcisJsonCodec json = new EpcisJsonCodec();

  static final String JSON_DOCUMENT = """
      {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                    {"ex": "https://example.org/ns/"}],
       "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2024-01-01T00:00:00Z",
       "epcisHeader": {"epcisMasterData": {"vocabularyList": [
         {"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [
           {"id": "urn:epc:id:sgln:0614141.00777.0",
            "attributes": [{"id": "urn:epcglobal:cbv:mda:sst", "attribute": "201"},
                           {"id": "urn:epcglobal:cbv:mda:latitude", "attribute": 48.5},
                           {"id": "https://example.org/ns/address",
                            "attribute": {"ex:street": "1 Tea Road", "ex:city": "Anxi"}}],
            "children": ["urn:epc:id:sgln:0614141.00777.1"]}]}]}},
       "epcisBody": {"eventList": []}}""";

  @Test
  void readDocument_xmlHeaderMasterData_readsVocabulariesAttributesAndChildren() {
    MasterData data = xml.readDocument(Gs1Examples.read("examples/XML", ALL_FIELDS)).masterData();

    assertThat(data.vocabularies()).extracting(MasterData.Vocabulary::type).containsExactly(
        "urn:epcglobal:epcis:vtype:BusinessLocation", "urn:epcglobal:epcis:vtype:ReadPoint");
    MasterData.VocabularyElement location = data.vocabularies().getFirst().elements().getFirst();
    assertThat(location.id()).isEqualTo("urn:epc:id:sgln:0037000.00729.0");
    assertThat(location.children()).containsExactly("urn:epc:id:sgln:0037000.00729.8201");
    assertThat(location.attributes()).extracting(MasterData.Attribute::id).containsExactly(
        "http://example.com/ext1#string", "http://example.com/ext1#array", "http://example.com/ext1#array",
        "http://example.com/ext1#object1", "http://example.com/ext1#object2");
    assertThat(location.attributes().getFirst().value()).isEqualTo(ExtensionValue.Text.of("stringValue"));
    assertThat(location.attributes().get(3).value()).isInstanceOf(ExtensionValue.Element.class);
  }

  @Test
  void writeDocument_xmlMasterData_isValidAndReadsBackEqual() {
    EpcisDocument document = xml.readDocument(Gs1Examples.read("examples/XML", ALL_FIELDS));
    String written = xml.writeDocument(document);

    assertThat(VALIDATOR.xsdViolations(written)).isEmpty();
    assertThat(xml.readDocument(written).masterData()).isEqualTo(document.masterData());
  }

  @Test
  void xmlToJson_masterData_keepsEveryAttributeAndPassesTheJsonSchema() {
    EpcisDocument document = xml.readDocument(Gs1Examples.read("examples/XML", ALL_FIELDS));
    String written = json.writeDocument(document);

    assertThat(VALIDATOR.jsonSchemaViolations(EpcisJsonCodec.parse(written))).isEmpty();
    assertThat(json.readDocument(written).masterData()).isEqualTo(document.masterData());
  }

  @Test
  void readDocument_jsonMasterData_roundTripsLosslessly() {
    EpcisDocument document = VALIDATOR.readJsonDocument(JSON_DOCUMENT);
    MasterData.VocabularyElement element = document.masterData().vocabularies().getFirst().elements().getFirst();

    assertThat(document.header()).isNull();
    assertThat(element.attributes().get(1).value())
        .isEqualTo(new ExtensionValue.Text("48.5", ExtensionValue.Kind.NUMBER));
    assertThat(element.attributes().get(2).value()).isEqualTo(new ExtensionValue.Element(List.of(
        new Extension(new QualifiedName("https://example.org/ns/", "street", "ex"), ExtensionValue.Text.of("1 Tea Road")),
        new Extension(new QualifiedName("https://example.org/ns/", "city", "ex"), ExtensionValue.Text.of("Anxi")))));
    assertThat(json.readDocument(json.writeDocument(document))).isEqualTo(document);
  }

  @Test
  void jsonToXml_masterData_keepsStructureAndTurnsNumbersIntoText() {
    EpcisDocument document = json.readDocument(JSON_DOCUMENT);
    String written = xml.writeDocument(document);

    assertThat(VALIDATOR.xsdViolations(written)).isEmpty();
    MasterData back = xml.readDocument(written).masterData();
    MasterData.VocabularyElement element = back.vocabularies().getFirst().elements().getFirst();
    assertThat(element.attributes().get(1).value()).isEqualTo(ExtensionValue.Text.of("48.5"));
    assertThat(element.attributes().get(2)).isEqualTo(
        document.masterData().vocabularies().getFirst().elements().getFirst().attributes().get(2));
    assertThat(element.children()).containsExactly("urn:epc:id:sgln:0614141.00777.1");
  }

  @Test
  void writeXml_attributeMembersNamedByFullIri_getADeclaredPrefix() {
    EpcisDocument document = json.readDocument(JSON_DOCUMENT.replace("\"ex:street\"",
        "\"https://example.org/other#street\""));
    String written = xml.writeDocument(document);

    assertThat(VALIDATOR.xsdViolations(written)).isEmpty();
    assertThat(xml.readDocument(written).masterData().vocabularies().getFirst().elements().getFirst().attributes()
        .get(2)).isEqualTo(document.masterData().vocabularies().getFirst().elements().getFirst().attributes().get(2));
    String standalone = xml.writeMasterDataDocument(OffsetDateTime.parse("2024-01-01T00:00:00Z"),
        document.masterData());
    assertThat(xml.readMasterDataDocument(standalone).vocabularies().getFirst().elements().getFirst().attributes()
        .get(2)).isEqualTo(document.masterData().vocabularies().getFirst().elements().getFirst().attributes().get(2));
  }

  @Test
  void readMasterDataDocument_mimasuExample_readsEveryElementAndWritesBackEqual() {
    MasterData data = xml.readMasterDataDocument(Gs1Examples.read("examples/XML", "Mimasu/Example-masterData.xml"));

    assertThat(data.vocabularies()).hasSize(2);
    assertThat(data.vocabularies().getFirst().elements()).hasSize(4);
    assertThat(data.vocabularies().getFirst().elements().getFirst().children()).hasSize(3);
    assertThat(data.vocabularies().getFirst().elements().getFirst().attributes().getFirst().value())
        .isEqualTo(ExtensionValue.Text.of("+18.0000"));
    String written = xml.writeMasterDataDocument(OffsetDateTime.parse("2024-01-01T00:00:00Z"), data);
    assertThat(xml.readMasterDataDocument(written)).isEqualTo(data);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "{\"vocabularyList\": [{\"vocabularyElementList\": []}]};/epcisHeader/epcisMasterData/vocabularyList/0/type",
      "{\"vocabularyList\": [{\"type\": \"urn:x\", \"vocabularyElementList\": [{\"attributes\": []}]}]}"
          + ";/epcisHeader/epcisMasterData/vocabularyList/0/vocabularyElementList/0/id",
      "{\"vocabularyList\": [{\"type\": \"urn:x\", \"vocabularyElementList\": [{\"id\": \"urn:y\", "
          + "\"attributes\": [{\"attribute\": 1}]}]}]};"
          + "/epcisHeader/epcisMasterData/vocabularyList/0/vocabularyElementList/0/attributes/0/id",
      "{\"vocabularyList\": [{\"type\": \" \"}]};/epcisHeader/epcisMasterData/vocabularyList/0/type",
      "{\"vocabularyList\": {}};/epcisHeader/epcisMasterData/vocabularyList"})
  void readDocument_badMasterDataShape_namesTheViolationsPointer(String masterData, String pointer) {
    String document = "{\"@context\": \"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", "
        + "\"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": \"2024-01-01T00:00:00Z\", "
        + "\"epcisHeader\": {\"epcisMasterData\": " + masterData + "}, \"epcisBody\": {\"eventList\": []}}";

    assertThatThrownBy(() -> json.readDocument(document)).isInstanceOf(EpcisValidationException.class)
        .satisfies(e -> assertThat(((EpcisValidationException) e).violations())
            .extracting(Violation::location).contains(pointer));
  }

  @Test
  void readDocument_xmlVocabularyElementWithoutId_namesItsPath() {
    String document = """
        <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0"
            creationDate="2024-01-01T00:00:00Z"><EPCISHeader><extension><EPCISMasterData><VocabularyList>
        <Vocabulary type="urn:epcglobal:epcis:vtype:ReadPoint"><VocabularyElementList><VocabularyElement>
        <attribute id="urn:x">1</attribute></VocabularyElement></VocabularyElementList></Vocabulary>
        </VocabularyList></EPCISMasterData></extension></EPCISHeader><EPCISBody><EventList/></EPCISBody>
        </epcis:EPCISDocument>""";

    assertThatThrownBy(() -> xml.readDocument(document)).isInstanceOf(EpcisValidationException.class)
        .hasMessageContaining("/EPCISDocument/EPCISHeader/extension/EPCISMasterData/VocabularyList/Vocabulary[1]"
            + "/VocabularyElementList/VocabularyElement[1]/@id");
    assertThat(VALIDATOR.xsdViolations(document)).isNotEmpty();
  }

  @Test
  void masterData_blankIds_areRefused() {
    assertThatThrownBy(() -> new MasterData.VocabularyElement(" ", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> new MasterData.Vocabulary(null, List.of())).isInstanceOf(NullPointerException.class);
    assertThat(MasterData.NONE.isEmpty()).isTrue();
  }
}
