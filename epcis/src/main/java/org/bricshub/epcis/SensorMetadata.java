package org.bricshub.epcis;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Metadata of a sensor element (EPCIS 2.0 §7.3.7.2); every field optional. In XML the extensions are attributes,
 * so they carry text only.
 */
public record SensorMetadata(
    OffsetDateTime time,
    OffsetDateTime startTime,
    OffsetDateTime endTime,
    String deviceID,
    String deviceMetadata,
    String rawData,
    String dataProcessingMethod,
    String bizRules,
    List<Extension> extensions) {
  public SensorMetadata {
    extensions = List.copyOf(extensions);
  }
}
