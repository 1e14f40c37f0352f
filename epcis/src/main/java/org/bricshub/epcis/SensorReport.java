package org.bricshub.epcis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One sensor reading (EPCIS 2.0 §7.3.7.3). {@code type} and {@code exception} are compact GS1 web vocabulary terms
 * (e.g. {@code Temperature}, {@code ALARM_CONDITION}) or URIs; {@code component} a compact CBV value or URI.
 * Every field is optional; in XML the extensions are attributes, so they carry text only.
 */
public record SensorReport(
    String type,
    String exception,
    String deviceID,
    String deviceMetadata,
    String rawData,
    String dataProcessingMethod,
    String bizRules,
    OffsetDateTime time,
    String microorganism,
    String chemicalSubstance,
    BigDecimal value,
    String component,
    String stringValue,
    Boolean booleanValue,
    String hexBinaryValue,
    String uriValue,
    BigDecimal minValue,
    BigDecimal maxValue,
    BigDecimal meanValue,
    BigDecimal sDev,
    BigDecimal percRank,
    BigDecimal percValue,
    String uom,
    String coordinateReferenceSystem,
    List<Extension> extensions) {
  public SensorReport {
    extensions = List.copyOf(extensions);
  }
}
