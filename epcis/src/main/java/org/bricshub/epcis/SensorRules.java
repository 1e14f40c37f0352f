package org.bricshub.epcis;

import java.util.List;

/** Semantic rules of sensor data (EPCIS 2.0 §7.3.7) beyond the schema. */
final class SensorRules {
  private SensorRules() {}

  static void check(List<SensorElement> elements, EventRules rules) {
    for (int i = 0; i < elements.size(); i++) {
      String at = "/sensorElementList/" + i;
      SensorElement element = elements.get(i);
      SensorMetadata m = element.metadata();
      if (m != null) {
        if (m.startTime() != null && m.endTime() != null && m.startTime().isAfter(m.endTime())) {
          rules.fail(at + "/sensorMetadata/endTime", "endTime must not be before startTime");
        }
        rules.optionalId(at + "/sensorMetadata/deviceID", m.deviceID());
        rules.optionalId(at + "/sensorMetadata/deviceMetadata", m.deviceMetadata());
        rules.optionalId(at + "/sensorMetadata/rawData", m.rawData());
        rules.optionalId(at + "/sensorMetadata/dataProcessingMethod", m.dataProcessingMethod());
        rules.optionalId(at + "/sensorMetadata/bizRules", m.bizRules());
      }
      for (int r = 0; r < element.reports().size(); r++) {
        report(element.reports().get(r), at + "/sensorReport/" + r, rules);
      }
    }
  }

  private static void report(SensorReport r, String at, EventRules rules) {
    if (r.type() == null) {
      rules.fail(at + "/type", "a sensor report requires a type");
    }
    rules.vocabulary(at + "/type", Vocabulary.MEASUREMENT_TYPE, r.type());
    rules.vocabulary(at + "/exception", Vocabulary.SENSOR_ALERT_TYPE, r.exception());
    rules.vocabulary(at + "/component", Vocabulary.COMPONENT, r.component());
    rules.uom(at + "/uom", r.uom());
    rules.hex(at + "/hexBinaryValue", r.hexBinaryValue());
    rules.percentage(at + "/percRank", r.percRank());
    if (r.minValue() != null && r.maxValue() != null && r.minValue().compareTo(r.maxValue()) > 0) {
      rules.fail(at + "/maxValue", "maxValue must not be below minValue");
    }
    rules.optionalId(at + "/deviceID", r.deviceID());
    rules.optionalId(at + "/uriValue", r.uriValue());
    rules.optionalId(at + "/microorganism", r.microorganism());
    rules.optionalId(at + "/chemicalSubstance", r.chemicalSubstance());
  }
}
