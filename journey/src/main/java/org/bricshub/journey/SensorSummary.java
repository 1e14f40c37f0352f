package org.bricshub.journey;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The readings of one measurement type in one event (EPCIS 2.0 §7.3.8 sensorReport), summarised: the lowest and
 * highest value (a report's {@code minValue}/{@code maxValue} count as values), and the excursions, the reports the
 * event itself flags as outside their allowed range ({@code exception: ALARM_CONDITION}).
 *
 * @param type the measurement type as stored (e.g. {@code Temperature})
 * @param uom the UN/ECE Rec. 20 unit code, if any
 */
public record SensorSummary(String type, Optional<String> uom, BigDecimal min, BigDecimal max, int readings,
        int excursions) {
    public SensorSummary {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0 || readings < 1 || excursions < 0 || excursions > readings) {
            throw new IllegalArgumentException("inconsistent sensor summary: " + min + ".." + max + ", " + readings
                    + " readings, " + excursions + " excursions");
        }
    }
}
