package org.bricshub.epcis;

import java.util.List;

/**
 * One sensor element (EPCIS 2.0 §7.3.7): metadata shared by its reports, the reports, and user extensions.
 *
 * @param metadata {@code null} when absent
 */
public record SensorElement(SensorMetadata metadata, List<SensorReport> reports, List<Extension> extensions) {
  public SensorElement {
    reports = List.copyOf(reports);
    extensions = List.copyOf(extensions);
  }
}
