package org.bricshub.trace;

import java.math.BigDecimal;
import java.util.Set;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * Net content of a trade item (GS1 Web Vocabulary gs1:netContent, a gs1:QuantitativeValue).
 *
 * @param value a positive amount
 * @param unit a UN/ECE Recommendation 20 unit code as used by GS1, e.g. GRM, KGM, MLT, LTR, H87 (pieces)
 */
public record NetContent(BigDecimal value, String unit) {
    private static final Set<String> UNITS = Set.of("GRM", "KGM", "MGM", "TNE", "MLT", "LTR", "CLT", "MTQ", "H87",
            "MTR", "CMT", "MMT", "MTK", "ONZ", "LBR", "OZA", "GLL");

    public NetContent {
        if (value == null || value.signum() <= 0) {
            throw new InvalidInputException("netContent.value", "must be a positive number");
        }
        if (unit == null || !UNITS.contains(unit)) {
            throw new InvalidInputException("netContent.unit", "must be a UN/ECE Rec. 20 code, one of " + UNITS);
        }
    }
}
