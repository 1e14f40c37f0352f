package org.bricshub.epcis.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bricshub.epcis.EpcisJsonCodec;
import org.bricshub.epcis.QualifiedName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventQueryParserTest {
  private static final Map<String, String> PREFIXES = Map.of("ex", "https://ns.example.com/epcis/");

  /** Every named parameter of the GS1 query-schema.json, with a value of its type. */
  static Stream<String[]> schemaParameters() throws IOException {
    JsonNode properties = querySchema().at("/definitions/EPCIS-Query/properties");
    List<String[]> cases = new ArrayList<>();
    properties.fieldNames().forEachRemaining(name -> {
      if (!name.equals("@context")) {
        cases.add(new String[] {name, sampleValue(name)});
      }
    });
    return cases.stream();
  }

  private static JsonNode querySchema() throws IOException {
    try (InputStream in = EventQueryParser.class.getResourceAsStream("/org/bricshub/epcis/schema/query-schema.json")) {
      return EpcisJsonCodec.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static String sampleValue(String name) {
    if (name.endsWith("Time") || name.endsWith("_time") || name.endsWith("_Time")) {
      return "2024-05-01T00:00:00+08:00";
    }
    if (name.contains("quantity") || name.contains("percRank")) {
      return "12.5";
    }
    if (name.startsWith("EXISTS_") || name.equals("EQ_booleanValue")) {
      return "true";
    }
    return switch (name) {
      case "eventType" -> "ObjectEvent|TransformationEvent";
      case "EQ_action" -> "ADD|OBSERVE";
      case "EQ_bizStep" -> "shipping|receiving";
      case "EQ_disposition", "EQ_persistentDisposition_set", "EQ_persistentDisposition_unset" -> "in_transit";
      case "EQ_errorReason" -> "incorrect_data";
      case "EQ_type" -> "Temperature";
      case "EQ_stringValue", "EQ_hexBinaryValue" -> "0A0B";
      case "orderBy" -> "eventTime";
      case "orderDirection" -> "ASC";
      case "eventCountLimit", "maxEventCount" -> "10";
      default -> "urn:epc:id:sgtin:0614141.107346.2017";
    };
  }

  @ParameterizedTest
  @MethodSource("schemaParameters")
  void parse_everyQuerySchemaParameter_isAccepted(String name, String value) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    parameters.put(name, List.of(value));
    if (name.equals("eventCountLimit")) {
      parameters.put("orderBy", List.of("eventTime"));
    }

    EventQuery query = EventQueryParser.parse(parameters);

    boolean setting = List.of("orderBy", "orderDirection", "eventCountLimit", "maxEventCount").contains(name);
    assertThat(query.conditions()).hasSize(setting ? 0 : 1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "EQ_bizTransaction_po;urn:epc:id:gdti:0614141.00001.1618034;TypedReferenceIn",
      "EQ_source_owning_party;urn:epc:id:pgln:4012345.00225;TypedReferenceIn",
      "EQ_destination_location;urn:epc:id:sgln:0614141.00777.0;TypedReferenceIn",
      "GE_value_CEL;4.5;NumberCompare",
      "EQ_value_CEL;4.5|5;NumberCompare",
      "LT_maxValue_CEL;8;NumberCompare",
      "GT_sDev_CEL;0.3;NumberCompare",
      "LE_percValue_CEL;99;NumberCompare",
      "EQ_quantity_KGM;25;NumberCompare",
      "EQ_ex:grade;A|B;ExtensionField",
      "GE_ex:score;9.5;ExtensionField",
      "LT_INNER_ex:inspectedAt;2024-05-01T00:00:00Z;ExtensionField",
      "EQ_ILMD_ex:lot;LOT1;ExtensionField",
      "GT_INNER_ILMD_cbvmda:netWeight;3.5;ExtensionField",
      "EQ_ERROR_DECLARATION_ex:ticket;T-1;ExtensionField",
      "EQ_SENSORREPORT_ex:calibration;c1;ExtensionField",
      "EQ_INNER_SENSORMETADATA_ex:firmware;2.1;ExtensionField",
      "EQ_readPoint_ex:dock;7;ExtensionField",
      "EXISTS_ILMD_ex:lot;;ExtensionField",
      "EXISTS_INNER_ex:lot;true;ExtensionField",
      "HASATTR_bizLocation;urn:epcglobal:cbv:mda#site;MasterDataAttribute",
      "EQ_ATTR_bizLocation_sst;201;MasterDataAttribute"})
  void parse_familyParameter_givesItsCondition(String name, String value, String kind) {
    EventQuery query = EventQueryParser.parse(Map.of(name, List.of(value == null ? "" : value)), PREFIXES);

    assertThat(query.conditions()).singleElement()
        .satisfies(condition -> assertThat(condition.getClass().getSimpleName()).isEqualTo(kind));
  }

  @Test
  void parse_extensionField_resolvesItsNamespaceAndTypesValues() {
    EventQuery query = EventQueryParser.parse(Map.of("GE_INNER_ILMD_ex:score", List.of("9.50")), PREFIXES);

    QueryCondition.ExtensionField field = query.conditionsOf(QueryCondition.ExtensionField.class).getFirst();
    assertThat(field.name()).isEqualTo(new QualifiedName("https://ns.example.com/epcis/", "score", "ex"));
    assertThat(field.scope()).isEqualTo(QueryCondition.ExtensionScope.ILMD);
    assertThat(field.inner()).isTrue();
    assertThat(field.values()).containsExactly(new QueryValue.Number(new BigDecimal("9.50")));
  }

  @Test
  void parse_vocabularyInAnyForm_holdsCompactValues() {
    EventQuery query = EventQueryParser.parse(Map.of(
        "EQ_bizStep", List.of("shipping|urn:epcglobal:cbv:bizstep:receiving", "https://ref.gs1.org/cbv/BizStep-packing"),
        "GE_eventTime", List.of("2024-05-01T08:00:00+08:00")));

    assertThat(query.conditionsOf(QueryCondition.ValueIn.class).getFirst().values())
        .containsExactlyInAnyOrder("shipping", "receiving", "packing");
    assertThat(query.conditionsOf(QueryCondition.TimeBound.class).getFirst().time())
        .isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
  }

  @Test
  void parse_pagingAndOrder_areSettingsNotConditions() {
    EventQuery query = EventQueryParser.parse(Map.of("perPage", List.of("50"), "nextPageToken", List.of("abc"),
        "orderBy", List.of("recordTime"), "eventCountLimit", List.of("1")));

    assertThat(query.conditions()).isEmpty();
    assertThat(query.perPage()).isEqualTo(50);
    assertThat(query.nextPageToken()).isEqualTo("abc");
    assertThat(query.orderDirection()).isEqualTo(EventQuery.OrderDirection.DESC);
    assertThat(query.eventCountLimit()).isEqualTo(1);
  }

  @Test
  void parse_orderByExtensionField_resolvesItsNamespace() {
    EventQuery query = EventQueryParser.parse(Map.of("orderBy", List.of("ex:score")), PREFIXES);

    assertThat(query.orderByExtension().namespace()).isEqualTo(PREFIXES.get("ex"));
    assertThat(query.orderByExtension().localName()).isEqualTo("score");
    assertThat(EventQueryParser.parse(Map.of("orderBy", List.of("eventTime"))).orderByExtension()).isNull();
    assertThatThrownBy(() -> EventQueryParser.parse(Map.of("orderBy", List.of("nope:score"))))
        .isInstanceOf(QueryParameterException.class).hasMessageContaining("nope:score");
  }

  @Test
  void parse_existsExtensionFalse_isNoCondition() {
    assertThat(EventQueryParser.parse(Map.of("EXISTS_ILMD_ex:lot", List.of("false")), PREFIXES).conditions()).isEmpty();
    assertThat(EventQueryParser.parse(Map.of("EXISTS_ILMD_ex:lot", List.of("")), PREFIXES).conditions()).hasSize(1);
  }

  @Test
  void and_addsConditionsKeepingSettings() {
    EventQuery query = EventQueryParser.parse(Map.of("EQ_bizStep", List.of("shipping"), "perPage", List.of("5")));
    EventQuery more = query.and(List.of(new QueryCondition.EventTypeIn(java.util.Set.of("ObjectEvent"))));

    assertThat(more.conditions()).hasSize(2);
    assertThat(more.perPage()).isEqualTo(5);
    assertThat(more.page(7, "t").perPage()).isEqualTo(7);
    assertThat(more.page(7, "t").conditions()).isEqualTo(more.conditions());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "EQ_ATTR_bizLocation_sst;201|202;bizLocation;sst",
      "EQ_ATTR_epcClass_urn:epcglobal:cbv:mda:netContent;5;epcClass;urn:epcglobal:cbv:mda:netContent",
      "EQ_ATTR_readPoint_net_weight;5;readPoint;net_weight"})
  void parse_eqAttr_splitsFieldAndAttributeAndKeepsValuesAsText(String name, String value, String field,
      String attribute) {
    EventQuery query = EventQueryParser.parse(Map.of(name, List.of(value)), PREFIXES);

    assertThat(query.conditions()).singleElement().isInstanceOfSatisfying(QueryCondition.MasterDataAttribute.class,
        a -> {
          assertThat(a.field()).isEqualTo(field);
          assertThat(a.attribute()).isEqualTo(attribute);
          assertThat(a.values()).allMatch(QueryValue.Text.class::isInstance);
        });
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"HASATTR_ex:f;sst", "HASATTR_bizStep;sst", "EQ_ATTR_disposition_sst;1",
      "EQ_ATTR_ex:dock_sst;1", "HASATTR_epcList;sst"})
  void parse_masterDataParameterOnAFieldWithoutMasterData_isAQueryParameterException(String name, String value) {
    assertThatThrownBy(() -> EventQueryParser.parse(Map.of(name, List.of(value)), PREFIXES))
        .isInstanceOfSatisfying(QueryParameterException.class, e -> assertThat(e.parameters()).containsExactly(name))
        .hasMessageContaining("master data");
  }

  @Test
  void parse_unknownParameter_throwsQueryParameterExceptionNamingIt() {
    assertThatThrownBy(() -> EventQueryParser.parse(Map.of("EQ_bizstep", List.of("shipping"))))
        .isInstanceOfSatisfying(QueryParameterException.class,
            e -> assertThat(e.parameters()).containsExactly("EQ_bizstep"));
  }

  @Test
  void parse_severalBadParameters_namesEveryOne() {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    parameters.put("GE_eventTime", List.of("yesterday"));
    parameters.put("EQ_action", List.of("PACK"));
    parameters.put("EQ_bizStep", List.of("harvesting"));
    parameters.put("MATCH_epc", List.of("not a uri"));
    parameters.put("EQ_zz:field", List.of("1"));
    parameters.put("perPage", List.of("0"));
    parameters.put("eventCountLimit", List.of("5"));
    parameters.put("maxEventCount", List.of("5"));

    assertThatThrownBy(() -> EventQueryParser.parse(parameters))
        .isInstanceOfSatisfying(QueryParameterException.class, e -> assertThat(e.parameters())
            .containsExactly("GE_eventTime", "EQ_action", "EQ_bizStep", "MATCH_epc", "EQ_zz:field", "perPage",
                "eventCountLimit", "eventCountLimit"));
  }
}
