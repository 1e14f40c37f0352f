package org.bricshub.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stand-alone EPCISMasterDataDocument as a capture body, and master data as a query's results body. */
class MasterDataDocumentTest {
  private static final EpcisValidator VALIDATOR = new EpcisValidator();
  private static final String MIMASU = Gs1Examples.read("examples/XML", "Mimasu/Example-masterData.xml");
  private final EpcisXmlCodec xml = new EpcisXmlCodec();

  @Test
  void readXmlMasterDataDocument_mimasuExample_isValidMasterData() {
    MasterData data = VALIDATOR.readXmlMasterDataDocument(MIMASU);

    assertThat(data).isEqualTo(xml.readMasterDataDocument(MIMASU));
    assertThat(data.vocabularies()).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    // no id on a vocabulary element: the XSD requires it
    "<VocabularyElement><attribute id='urn:x:a'>1</attribute></VocabularyElement>; VocabularyElement",
    // an element the XSD does not know inside the body
    "<VocabularyElement id='urn:x:e'/></VocabularyElementList><Wrong/><VocabularyElementList>; ",
    // an attribute without an id
    "<VocabularyElement id='urn:x:e'><attribute>1</attribute></VocabularyElement>; attribute",
  })
  void readXmlMasterDataDocument_brokenShape_listsTheViolationWithItsPath(String elements, String path) {
    String document = """
        <epcismd:EPCISMasterDataDocument xmlns:epcismd="urn:epcglobal:epcis-masterdata:xsd:2" schemaVersion="2.0"
            creationDate="2026-03-01T00:00:00Z"><EPCISBody><VocabularyList>
          <Vocabulary type="urn:epcglobal:epcis:vtype:BusinessLocation"><VocabularyElementList>%s</VocabularyElementList>
          </Vocabulary></VocabularyList></EPCISBody></epcismd:EPCISMasterDataDocument>""".formatted(elements);

    assertThatThrownBy(() -> VALIDATOR.readXmlMasterDataDocument(document))
        .isInstanceOfSatisfying(EpcisValidationException.class, e -> {
          assertThat(e.violations()).isNotEmpty();
          assertThat(e.violations()).allSatisfy(v -> assertThat(v.location()).startsWith("/EPCISMasterDataDocument"));
          if (path != null) {
            assertThat(e.violations()).anySatisfy(v -> assertThat(v.location()).contains(path));
          }
        });
  }

  @Test
  void readXmlMasterDataDocument_anEpcisDocument_isRefusedByItsRoot() {
    String events = Gs1Examples.read("examples/XML", "WithFullCombinationOfFields/masterdata_all_possible_fields.xml");

    assertThatThrownBy(() -> VALIDATOR.readXmlMasterDataDocument(events))
        .isInstanceOf(EpcisValidationException.class).hasMessageContaining("EPCISMasterDataDocument");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "<?xml version='1.0'?><!-- c --><epcismd:EPCISMasterDataDocument xmlns:epcismd='urn:x'/>; true",
    "<epcis:EPCISDocument xmlns:epcis='urn:epcglobal:epcis:xsd:2'/>; false",
    "not xml; false",
    "{\"type\": \"EPCISMasterDataDocument\"}; false",
  })
  void isMasterDataDocument_rootElement_decides(String text, boolean expected) {
    assertThat(EpcisXmlCodec.isMasterDataDocument(text)).isEqualTo(expected);
  }

  @Test
  void writeMasterDataQueryDocument_mimasuMasterData_isValidQueryXmlAndReadsBack() {
    MasterData data = xml.readMasterDataDocument(MIMASU);

    String written = xml.writeMasterDataQueryDocument(OffsetDateTime.parse("2026-03-01T00:00:00Z"),
        "SimpleMasterDataQuery", data);

    assertThat(VALIDATOR.xsdViolations(written)).isEmpty();
    assertThat(written).contains("<queryName>SimpleMasterDataQuery</queryName>").contains("<resultsBody><VocabularyList>");
    String asMasterDataDocument = xml.writeMasterDataDocument(OffsetDateTime.parse("2026-03-01T00:00:00Z"), data);
    assertThat(VALIDATOR.readXmlMasterDataDocument(asMasterDataDocument)).isEqualTo(data);
  }
}
