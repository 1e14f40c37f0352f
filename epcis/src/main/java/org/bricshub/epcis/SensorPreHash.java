package org.bricshub.epcis;

import java.util.ArrayList;
import java.util.List;

/** The sensorElementList in the pre-hash string (CBV 2.0 §8.9.2), fields in the standard's order. */
final class SensorPreHash {
  private final ExtensionPreHash extensions;

  SensorPreHash(ExtensionPreHash extensions) {
    this.extensions = extensions;
  }

  String of(List<SensorElement> elements) {
    if (elements.isEmpty()) {
      return "";
    }
    return "sensorElementList" + PreHashString.sorted(elements.stream().map(this::element).toList());
  }

  private String element(SensorElement element) {
    StringBuilder s = new StringBuilder("sensorElement");
    if (element.metadata() != null) {
      SensorMetadata m = element.metadata();
      String fields = PreHashString.field("time", m.time()) + PreHashString.field("startTime", m.startTime())
          + PreHashString.field("endTime", m.endTime()) + PreHashString.fieldValue("deviceID", m.deviceID())
          + PreHashString.fieldValue("deviceMetadata", m.deviceMetadata())
          + PreHashString.fieldValue("rawData", m.rawData())
          + PreHashString.fieldValue("dataProcessingMethod", m.dataProcessingMethod())
          + PreHashString.fieldValue("bizRules", m.bizRules())
          + PreHashString.sorted(extensions.of(m.extensions()));
      if (!fields.isEmpty()) {
        s.append("sensorMetadata").append(fields);
      }
    }
    List<String> reports = new ArrayList<>();
    element.reports().forEach(r -> reports.add(report(r)));
    s.append(PreHashString.sorted(reports));
    s.append(PreHashString.sorted(extensions.of(element.extensions())));
    return s.toString();
  }

  private String report(SensorReport r) {
    return "sensorReport"
        + (r.type() == null ? "" : "type=" + HashValues.vocabulary(Vocabulary.MEASUREMENT_TYPE, r.type()))
        + (r.exception() == null ? "" : "exception=" + HashValues.vocabulary(Vocabulary.SENSOR_ALERT_TYPE,
            r.exception()))
        + PreHashString.fieldValue("deviceID", r.deviceID())
        + PreHashString.fieldValue("deviceMetadata", r.deviceMetadata())
        + PreHashString.fieldValue("rawData", r.rawData())
        + PreHashString.fieldValue("dataProcessingMethod", r.dataProcessingMethod())
        + PreHashString.field("time", r.time())
        + PreHashString.fieldValue("microorganism", r.microorganism())
        + PreHashString.fieldValue("chemicalSubstance", r.chemicalSubstance())
        + PreHashString.field("value", r.value())
        + (r.component() == null ? "" : "component=" + HashValues.vocabulary(Vocabulary.COMPONENT, r.component()))
        + PreHashString.fieldValue("stringValue", r.stringValue())
        + (r.booleanValue() == null ? "" : "booleanValue=" + r.booleanValue())
        + PreHashString.fieldValue("hexBinaryValue", r.hexBinaryValue())
        + PreHashString.fieldValue("uriValue", r.uriValue())
        + PreHashString.field("minValue", r.minValue())
        + PreHashString.field("maxValue", r.maxValue())
        + PreHashString.field("meanValue", r.meanValue())
        + PreHashString.field("sDev", r.sDev())
        + PreHashString.field("percRank", r.percRank())
        + PreHashString.field("percValue", r.percValue())
        + (r.uom() == null ? "" : "uom=" + r.uom().strip())
        + PreHashString.fieldValue("coordinateReferenceSystem", r.coordinateReferenceSystem())
        + PreHashString.fieldValue("bizRules", r.bizRules())
        + PreHashString.sorted(extensions.of(r.extensions()));
  }
}
