package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The sensorElementList of JSON-LD events (EPCIS 2.0 §7.3.7, §9). */
final class JsonSensorCodec {
  static final Set<String> METADATA_FIELDS = Set.of("time", "startTime", "endTime", "deviceID", "deviceMetadata",
      "rawData", "dataProcessingMethod", "bizRules");
  static final Set<String> REPORT_FIELDS = Set.of("type", "exception", "deviceID", "deviceMetadata", "rawData",
      "dataProcessingMethod", "bizRules", "time", "microorganism", "chemicalSubstance", "value", "component",
      "stringValue", "booleanValue", "hexBinaryValue", "uriValue", "minValue", "maxValue", "meanValue", "sDev",
      "percRank", "percValue", "uom", "coordinateReferenceSystem");
  private static final Set<String> ELEMENT_FIELDS = Set.of("sensorMetadata", "sensorReport");

  private JsonSensorCodec() {}

  static List<SensorElement> read(JsonNode event, JsonFieldReader in, String pointer) {
    List<SensorElement> elements = new ArrayList<>();
    List<JsonNode> nodes = in.array(event, "sensorElementList", pointer);
    for (int i = 0; i < nodes.size(); i++) {
      String at = pointer + "/sensorElementList/" + i;
      JsonNode node = nodes.get(i);
      JsonNode metadataNode = in.object(node, "sensorMetadata", at);
      SensorMetadata metadata = metadataNode == null ? null : metadata(metadataNode, in, at + "/sensorMetadata");
      List<SensorReport> reports = new ArrayList<>();
      List<JsonNode> reportNodes = in.array(node, "sensorReport", at);
      for (int r = 0; r < reportNodes.size(); r++) {
        reports.add(report(reportNodes.get(r), in, at + "/sensorReport/" + r));
      }
      elements.add(new SensorElement(metadata, reports,
          JsonExtensionCodec.readMembers(node, ELEMENT_FIELDS, in, at)));
    }
    return elements;
  }

  private static SensorMetadata metadata(JsonNode node, JsonFieldReader in, String at) {
    return new SensorMetadata(in.time(node, "time", at), in.time(node, "startTime", at),
        in.time(node, "endTime", at), in.text(node, "deviceID", at), in.text(node, "deviceMetadata", at),
        in.text(node, "rawData", at), in.text(node, "dataProcessingMethod", at), in.text(node, "bizRules", at),
        JsonExtensionCodec.readMembers(node, METADATA_FIELDS, in, at));
  }

  private static SensorReport report(JsonNode node, JsonFieldReader in, String at) {
    return new SensorReport(
        Vocabulary.MEASUREMENT_TYPE.compact(in.text(node, "type", at)),
        Vocabulary.SENSOR_ALERT_TYPE.compact(in.text(node, "exception", at)),
        in.text(node, "deviceID", at), in.text(node, "deviceMetadata", at), in.text(node, "rawData", at),
        in.text(node, "dataProcessingMethod", at), in.text(node, "bizRules", at), in.time(node, "time", at),
        in.text(node, "microorganism", at), in.text(node, "chemicalSubstance", at), in.decimal(node, "value", at),
        Vocabulary.COMPONENT.compact(in.text(node, "component", at)), in.text(node, "stringValue", at),
        in.bool(node, "booleanValue", at), in.text(node, "hexBinaryValue", at), in.text(node, "uriValue", at),
        in.decimal(node, "minValue", at), in.decimal(node, "maxValue", at), in.decimal(node, "meanValue", at),
        in.decimal(node, "sDev", at), in.decimal(node, "percRank", at), in.decimal(node, "percValue", at),
        in.text(node, "uom", at), in.text(node, "coordinateReferenceSystem", at),
        JsonExtensionCodec.readMembers(node, REPORT_FIELDS, in, at));
  }

  static void write(List<SensorElement> elements, ObjectNode event) {
    if (elements.isEmpty()) {
      return;
    }
    ArrayNode list = event.putArray("sensorElementList");
    for (SensorElement element : elements) {
      ObjectNode node = list.addObject();
      if (element.metadata() != null) {
        SensorMetadata m = element.metadata();
        ObjectNode meta = node.putObject("sensorMetadata");
        JsonWriting.put(meta, "time", m.time());
        JsonWriting.put(meta, "startTime", m.startTime());
        JsonWriting.put(meta, "endTime", m.endTime());
        JsonWriting.put(meta, "deviceID", m.deviceID());
        JsonWriting.put(meta, "deviceMetadata", m.deviceMetadata());
        JsonWriting.put(meta, "rawData", m.rawData());
        JsonWriting.put(meta, "dataProcessingMethod", m.dataProcessingMethod());
        JsonWriting.put(meta, "bizRules", m.bizRules());
        JsonExtensionCodec.writeMembers(m.extensions(), meta);
      }
      if (!element.reports().isEmpty()) {
        ArrayNode reports = node.putArray("sensorReport");
        element.reports().forEach(report -> writeReport(report, reports.addObject()));
      }
      JsonExtensionCodec.writeMembers(element.extensions(), node);
    }
  }

  private static void writeReport(SensorReport r, ObjectNode node) {
    JsonWriting.put(node, "type", r.type());
    JsonWriting.put(node, "exception", r.exception());
    JsonWriting.put(node, "deviceID", r.deviceID());
    JsonWriting.put(node, "deviceMetadata", r.deviceMetadata());
    JsonWriting.put(node, "rawData", r.rawData());
    JsonWriting.put(node, "dataProcessingMethod", r.dataProcessingMethod());
    JsonWriting.put(node, "bizRules", r.bizRules());
    JsonWriting.put(node, "time", r.time());
    JsonWriting.put(node, "microorganism", r.microorganism());
    JsonWriting.put(node, "chemicalSubstance", r.chemicalSubstance());
    JsonWriting.put(node, "value", r.value());
    JsonWriting.put(node, "component", r.component());
    JsonWriting.put(node, "stringValue", r.stringValue());
    if (r.booleanValue() != null) {
      node.put("booleanValue", r.booleanValue());
    }
    JsonWriting.put(node, "hexBinaryValue", r.hexBinaryValue());
    JsonWriting.put(node, "uriValue", r.uriValue());
    JsonWriting.put(node, "minValue", r.minValue());
    JsonWriting.put(node, "maxValue", r.maxValue());
    JsonWriting.put(node, "meanValue", r.meanValue());
    JsonWriting.put(node, "sDev", r.sDev());
    JsonWriting.put(node, "percRank", r.percRank());
    JsonWriting.put(node, "percValue", r.percValue());
    JsonWriting.put(node, "uom", r.uom());
    JsonWriting.put(node, "coordinateReferenceSystem", r.coordinateReferenceSystem());
    JsonExtensionCodec.writeMembers(r.extensions(), node);
  }
}
