package org.bricshub.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {

  @Test
  void of_rfc8785Example_givesTheCanonicalText() {
    String input = """
        {"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
         "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
         "literals": [null, true, false]}""";

    assertThat(CanonicalJson.of(EpcisJsonCodec.parse(input))).isEqualTo(
        "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
            + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
  }

  @ParameterizedTest
  @CsvSource({
      "0, 0", "-0.0, 0", "1, 1", "-1, -1", "26.0, 26", "0.1, 0.1", "1e21, 1e+21", "1e20, 100000000000000000000",
      "123456789012345680000, 123456789012345680000", "0.000001, 0.000001", "0.0000001, 1e-7",
      "9007199254740993, 9007199254740992", "5e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308",
      "295147905179352830000, 295147905179352830000", "-1.5e-7, -1.5e-7"})
  void number_double_hasTheEcmaScriptForm(double value, String expected) {
    assertThat(CanonicalJson.number(value)).isEqualTo(expected);
  }

  @Test
  void of_keysSortedByUtf16CodeUnits() {
    String input = "{\"\\u20ac\":1,\"\\ud83d\\ude00\":2,\"a\":3,\"B\":4,\"\\u0080\":5}";

    assertThat(CanonicalJson.of(EpcisJsonCodec.parse(input)))
        .isEqualTo("{\"B\":4,\"a\":3,\"\u0080\":5,\"\u20ac\":1,\"\ud83d\ude00\":2}");
  }
}
