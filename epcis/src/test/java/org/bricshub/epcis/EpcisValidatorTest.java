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
}
