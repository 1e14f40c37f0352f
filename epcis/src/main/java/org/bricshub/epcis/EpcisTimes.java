package org.bricshub.epcis;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** The date-time form EPCIS writes: RFC 3339 with the original offset, {@code Z} for UTC. */
final class EpcisTimes {
  private EpcisTimes() {}

  static String format(OffsetDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }
}
