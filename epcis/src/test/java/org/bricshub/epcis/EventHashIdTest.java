package org.bricshub.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cases of our own for the CBV 2.0 event hash ID: what must not change it, and what must. */
class EventHashIdTest {
  private static final String BASE = """
      {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                   {"ex":"https://ns.example.com/epcis/"}],
       "type":"ObjectEvent","eventTime":"2024-05-01T08:00:00.123+08:00","eventTimeZoneOffset":"+08:00",
       "epcList":["urn:epc:id:sgtin:4012345.011111.1","urn:epc:id:sgtin:4012345.011111.2"],
       "action":"OBSERVE","bizStep":"shipping","disposition":"in_transit",
       "readPoint":{"id":"urn:epc:id:sgln:4012345.00001.0"},
       "bizTransactionList":[{"type":"po","bizTransaction":"urn:epcglobal:cbv:bt:4012345000009:PO1"}],
       "quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.L1","quantity":26,"uom":"KGM"}],
       "sensorElementList":[{"sensorReport":[{"type":"Temperature","value":4.5,"uom":"CEL"},
                                             {"type":"RelativeHumidity","value":60,"uom":"P1"}]}],
       "ex:grade":{"ex:level":"A","ex:score":9},
       "ex:origin":"Anxi"}
      """;
  private static final EpcisJsonCodec JSON = new EpcisJsonCodec();

  private static String hash(String json) {
    return EventHashId.of(JSON.readEvent(json));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "EPC URN as Digital Link|urn:epc:id:sgtin:4012345.011111.1|https://id.gs1.org/01/04012345111118/21/1",
      "Digital Link on a brand domain with a query|urn:epc:id:sgtin:4012345.011111.1|https://brand.example/01/04012345111118/21/1?linkType=all",
      "epcList in another order|`\"urn:epc:id:sgtin:4012345.011111.1\",\"urn:epc:id:sgtin:4012345.011111.2\"`|`\"urn:epc:id:sgtin:4012345.011111.2\",\"urn:epc:id:sgtin:4012345.011111.1\"`",
      "bizStep as CBV URN|\"shipping\"|\"urn:epcglobal:cbv:bizstep:shipping\"",
      "bizStep as web URI|\"shipping\"|\"https://ref.gs1.org/cbv/BizStep-shipping\"",
      "bizStep as CURIE|\"shipping\"|\"cbv:BizStep-shipping\"",
      "disposition as CBV URN|\"in_transit\"|\"urn:epcglobal:cbv:disp:in_transit\"",
      "same instant in UTC|2024-05-01T08:00:00.123+08:00|2024-05-01T00:00:00.123Z",
      "fourth decimal rounds down|2024-05-01T08:00:00.123+08:00|2024-05-01T08:00:00.1234+08:00",
      "fourth decimal rounds up|2024-05-01T08:00:00.123+08:00|2024-05-01T08:00:00.1225+08:00",
      "quantity with trailing zeros|\"quantity\":26|\"quantity\":26.000",
      "sensor value with trailing zero|\"value\":4.5|\"value\":4.50",
      "sensor reports in another order|`{\"type\":\"Temperature\",\"value\":4.5,\"uom\":\"CEL\"},{\"type\":\"RelativeHumidity\",\"value\":60,\"uom\":\"P1\"}`|`{\"type\":\"RelativeHumidity\",\"value\":60,\"uom\":\"P1\"},{\"type\":\"Temperature\",\"value\":4.5,\"uom\":\"CEL\"}`",
      "sensor type as CURIE|\"Temperature\"|\"gs1:Temperature\"",
      "extension members in another order|`\"ex:level\":\"A\",\"ex:score\":9`|`\"ex:score\":9,\"ex:level\":\"A\"`",
      "extension number as string|\"ex:score\":9|\"ex:score\":\"9.0\"",
      "extension under another prefix|\"ex:origin\"|\"ex2:origin\"",
      "eventID added|\"action\"|`\"eventID\":\"urn:uuid:6d6c2c8e-1b9e-4e3a-a4a3-2f6f7e4c1d01\",\"action\"`",
      "recordTime added|\"action\"|`\"recordTime\":\"2024-05-02T00:00:00Z\",\"action\"`",
      "errorDeclaration added|\"action\"|`\"errorDeclaration\":{\"declarationTime\":\"2024-05-03T00:00:00Z\",\"reason\":\"incorrect_data\"},\"action\"`",
      "comment added|\"action\"|`\"rdfs:comment\":\"checked by hand\",\"action\"`"})
  void of_equivalentForms_giveTheSameId(String change, String from, String to) {
    String variant = BASE.replace(from, to).replace("{\"ex\":\"https://ns.example.com/epcis/\"}",
        "{\"ex\":\"https://ns.example.com/epcis/\",\"ex2\":\"https://ns.example.com/epcis/\"}");
    assertThat(variant).as("the change applies").isNotEqualTo(BASE);

    assertThat(hash(variant)).isEqualTo(hash(BASE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "another action|\"OBSERVE\"|\"ADD\"",
      "another serial|011111.2|011111.3",
      "another bizStep|\"shipping\"|\"receiving\"",
      "a millisecond later|08:00:00.123|08:00:00.124",
      "another offset for the same instant|`\"eventTimeZoneOffset\":\"+08:00\"`|`\"eventTimeZoneOffset\":\"+09:00\"`",
      "another quantity|\"quantity\":26|\"quantity\":27",
      "another unit|\"KGM\"|\"GRM\"",
      "another extension value|\"Anxi\"|\"Fujian\"",
      "extension in another namespace|`{\"ex\":\"https://ns.example.com/epcis/\"}`|`{\"ex\":\"https://ns.example.org/epcis/\"}`",
      "another transaction type|\"po\"|\"inv\"",
      "sensor reading changed|\"value\":4.5|\"value\":4.6"})
  void of_differentEvents_giveDifferentIds(String change, String from, String to) {
    String variant = BASE.replace(from, to);
    assertThat(variant).as("the change applies").isNotEqualTo(BASE);

    assertThat(hash(variant)).isNotEqualTo(hash(BASE));
  }

  @Test
  void of_sameEventAsXml_givesTheSameId() {
    String xml = """
        <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" xmlns:gs1="https://gs1.org/voc/"
            xmlns:ex="https://ns.example.com/epcis/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            schemaVersion="2.0" creationDate="2024-05-01T00:00:00Z"><EPCISBody><EventList><ObjectEvent>
          <eventTime>2024-05-01T00:00:00.123Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
          <epcList><epc>https://id.gs1.org/01/04012345111118/21/2</epc><epc>urn:epc:id:sgtin:4012345.011111.1</epc></epcList>
          <action>OBSERVE</action><bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>
          <disposition>urn:epcglobal:cbv:disp:in_transit</disposition>
          <readPoint><id>urn:epc:id:sgln:4012345.00001.0</id></readPoint>
          <bizTransactionList><bizTransaction type="urn:epcglobal:cbv:btt:po">urn:epcglobal:cbv:bt:4012345000009:PO1</bizTransaction></bizTransactionList>
          <quantityList><quantityElement><epcClass>urn:epc:class:lgtin:4012345.012345.L1</epcClass>
            <quantity>26.0</quantity><uom>KGM</uom></quantityElement></quantityList>
          <sensorElementList><sensorElement>
            <sensorReport type="gs1:RelativeHumidity" value="60" uom="P1"/>
            <sensorReport type="gs1:Temperature" value="4.5" uom="CEL"/>
          </sensorElement></sensorElementList>
          <ex:origin>Anxi</ex:origin>
          <ex:grade><ex:score xsi:type="xsd:decimal">9</ex:score><ex:level>A</ex:level></ex:grade>
        </ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>
        """;
    EpcisEvent fromXml = new EpcisXmlCodec().readDocument(xml).events().getFirst();

    assertThat(EventHashId.of(fromXml)).isEqualTo(hash(BASE));
  }

  @Test
  void of_anyEvent_hasTheNiForm() {
    assertThat(EventHashId.isHashId(hash(BASE))).isTrue();
    assertThat(hash(BASE)).startsWith("ni:///sha-256;").endsWith("?ver=CBV2.0");
  }

  @Test
  void of_ignoredExtension_leavesItOut() {
    EpcisEvent event = JSON.readEvent(BASE);
    String withoutOrigin = BASE.replaceAll(",\\s*\"ex:origin\":\"Anxi\"", "");
    assertThat(withoutOrigin).isNotEqualTo(BASE);

    assertThat(EventHashId.of(event, Set.of(new QualifiedName("https://ns.example.com/epcis/", "origin", "ex"))))
        .isEqualTo(hash(withoutOrigin));
  }

  @Test
  void preHashString_base_followsTheCanonicalOrder() {
    assertThat(EventHashId.preHashString(JSON.readEvent(BASE))).isEqualTo("eventType=ObjectEvent"
        + "eventTime=2024-05-01T00:00:00.123ZeventTimeZoneOffset=+08:00"
        + "epcListepc=https://id.gs1.org/01/04012345111118/21/1epc=https://id.gs1.org/01/04012345111118/21/2"
        + "quantityListquantityElementepcClass=https://id.gs1.org/01/04012345123456/10/L1quantity=26uom=KGM"
        + "action=OBSERVEbizStep=https://ref.gs1.org/cbv/BizStep-shipping"
        + "disposition=https://ref.gs1.org/cbv/Disp-in_transitreadPointid=https://id.gs1.org/414/4012345000016"
        + "sensorElementListsensorElement"
        + "sensorReporttype=https://gs1.org/voc/RelativeHumidityvalue=60uom=P1"
        + "sensorReporttype=https://gs1.org/voc/Temperaturevalue=4.5uom=CEL"
        + "bizTransactionListtype=https://ref.gs1.org/cbv/BTT-pobizTransaction=urn:epcglobal:cbv:bt:4012345000009:PO1"
        + "{https://ns.example.com/epcis/}grade{https://ns.example.com/epcis/}level=A"
        + "{https://ns.example.com/epcis/}score=9"
        + "{https://ns.example.com/epcis/}origin=Anxi");
  }

  @Test
  void withCommon_recordTimeSetOnCapture_keepsTheIdAndTheWhat() {
    EpcisEvent event = JSON.readEvent(BASE);
    EpcisEvent captured = event.withCommon(event.common()
        .withRecordTime(java.time.OffsetDateTime.parse("2024-05-02T00:00:00Z")).withEventID(EventHashId.of(event)));

    assertThat(captured).isInstanceOf(ObjectEvent.class);
    assertThat(((ObjectEvent) captured).epcList()).isEqualTo(((ObjectEvent) event).epcList());
    assertThat(captured.common().recordTime()).isNotNull();
    assertThat(EventHashId.of(captured)).isEqualTo(EventHashId.of(event));
  }
}
