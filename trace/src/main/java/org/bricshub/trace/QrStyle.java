package org.bricshub.trace;

import java.util.Locale;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * How a QR code is drawn (ISO/IEC 18004).
 *
 * @param errorCorrection L (7 %), M (15 %), Q (25 %) or H (30 %) of the symbol recoverable
 * @param moduleSize pixels per module in PNG and SVG, 1..40
 * @param quietZone light modules around the symbol, at least the 4 that ISO/IEC 18004 requires
 */
public record QrStyle(ErrorCorrection errorCorrection, int moduleSize, int quietZone) {
    /** QR error-correction levels. */
    public enum ErrorCorrection { L, M, Q, H }

    /** Level M, 8 px modules, the standard 4-module quiet zone. */
    public static final QrStyle DEFAULT = new QrStyle(ErrorCorrection.M, 8, 4);

    public QrStyle {
        if (moduleSize < 1 || moduleSize > 40) {
            throw new InvalidInputException("moduleSize", "must be 1 to 40 pixels");
        }
        if (quietZone < 4 || quietZone > 40) {
            throw new InvalidInputException("quietZone", "must be 4 to 40 modules (ISO/IEC 18004 requires 4)");
        }
    }

    /** @throws InvalidInputException naming {@code field} unless L, M, Q or H */
    public static ErrorCorrection level(String field, String name) {
        try {
            return ErrorCorrection.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be L, M, Q or H");
        }
    }
}
