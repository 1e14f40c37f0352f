package org.bricshub.epcis.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MasterDataQueryParserTest {
  private static final String FLAGS = "includeAttributes=true&includeChildren=false";

  @Test
  void parse_everyParameter_isRead() {
    MasterDataQuery q = MasterDataQueryParser.parse(params(FLAGS + "&vocabularyName=urn:epcglobal:epcis:vtype:ReadPoint"
        + "&attributeNames=sst|ssa&EQ_name=urn:x:1&WD_name=urn:x:2|urn:x:3&HASATTR=site&EQ_ATTR_sst=201|202"
        + "&EQATTR_sst=203&EQ_ATTR_urn:epcglobal:cbv:mda:site=9&maxElementCount=10&perPage=5&nextPageToken=abc"));

    assertThat(q.includeAttributes()).isTrue();
    assertThat(q.includeChildren()).isFalse();
    assertThat(q.vocabularyNames()).containsExactly("urn:epcglobal:epcis:vtype:ReadPoint");
    assertThat(q.attributeNames()).containsExactlyInAnyOrder("sst", "ssa");
    assertThat(q.names()).containsExactly("urn:x:1");
    assertThat(q.withDescendants()).containsExactlyInAnyOrder("urn:x:2", "urn:x:3");
    assertThat(q.hasAttributes()).containsExactly("site");
    assertThat(q.attributeValues()).isEqualTo(Map.of("sst", List.of("201", "202", "203"),
        "urn:epcglobal:cbv:mda:site", List.of("9")));
    assertThat(q.maxElementCount()).isEqualTo(10);
    assertThat(q.perPage()).isEqualTo(5);
    assertThat(q.nextPageToken()).isEqualTo("abc");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "includeChildren=false; includeAttributes",
    "includeAttributes=false; includeChildren",
    "includeAttributes=yes&includeChildren=false; includeAttributes",
    "includeAttributes=true|false&includeChildren=false; includeAttributes",
    FLAGS + "&EQ_bizStep=shipping; EQ_bizStep",
    FLAGS + "&vocabularyName=ReadPoint; vocabularyName",
    FLAGS + "&EQ_name=not a uri; EQ_name",
    FLAGS + "&maxElementCount=0; maxElementCount",
    FLAGS + "&maxElementCount=many; maxElementCount",
    FLAGS + "&HASATTR=; HASATTR",
    FLAGS + "&EQ_ATTR_sst=; EQ_ATTR_sst",
  })
  void parse_badParameter_isAQueryParameterExceptionNamingIt(String query, String parameter) {
    assertThatThrownBy(() -> MasterDataQueryParser.parse(params(query)))
        .isInstanceOfSatisfying(QueryParameterException.class,
            e -> assertThat(e.parameters()).containsExactly(parameter));
  }

  @Test
  void of_queryValue_isTypedAsTheQuerySchemaAllows() {
    assertThat(QueryValue.of("5")).isEqualTo(new QueryValue.Number(new java.math.BigDecimal("5")));
    assertThat(QueryValue.of("2026-03-01T00:00:00Z")).isInstanceOf(QueryValue.Time.class);
    assertThat(QueryValue.of("urn:x:1")).isEqualTo(new QueryValue.Text("urn:x:1"));
    assertThat(QueryValue.of("true")).isEqualTo(new QueryValue.Text("true"));
  }

  private static Map<String, List<String>> params(String query) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      map.computeIfAbsent(pair.substring(0, eq), k -> new java.util.ArrayList<>()).add(pair.substring(eq + 1));
    }
    return map;
  }
}
