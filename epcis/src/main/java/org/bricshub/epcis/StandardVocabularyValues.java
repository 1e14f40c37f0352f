package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The compact values of each standard vocabulary, as the GS1 EPCIS 2.0 JSON schema enumerates them. */
final class StandardVocabularyValues {
  private static final Map<Vocabulary, String> DEFINITIONS = Map.of(
      Vocabulary.BIZ_STEP, "bizStep",
      Vocabulary.DISPOSITION, "disposition",
      Vocabulary.BIZ_TRANSACTION_TYPE, "bizTransaction-type",
      Vocabulary.SOURCE_DESTINATION_TYPE, "source-dest-type",
      Vocabulary.ERROR_REASON, "error-reason",
      Vocabulary.COMPONENT, "component",
      Vocabulary.MEASUREMENT_TYPE, "measurementType",
      Vocabulary.SENSOR_ALERT_TYPE, "sensorAlertType");
  private static final Map<Vocabulary, Set<String>> VALUES = load();

  private StandardVocabularyValues() {}

  static Set<String> of(Vocabulary vocabulary) {
    return VALUES.get(vocabulary);
  }

  private static Map<Vocabulary, Set<String>> load() {
    try (InputStream in = StandardVocabularyValues.class.getResourceAsStream("schema/EPCIS-JSON-Schema.json")) {
      JsonNode definitions = EpcisJsonCodec.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .get("definitions");
      Map<Vocabulary, Set<String>> values = new EnumMap<>(Vocabulary.class);
      DEFINITIONS.forEach((vocabulary, name) -> {
        Set<String> enumerated = new HashSet<>();
        definitions.get(name).findValues("enum").forEach(list -> list.forEach(v -> enumerated.add(v.asText())));
        values.put(vocabulary, Set.copyOf(enumerated));
      });
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
