package org.bricshub.trace;

import java.util.Locale;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * Label stock that PDF sheets are laid out for: A4 sheets of self-adhesive labels and single labels on a roll
 * (one label per page, as thermal printers expect). Sizes in millimetres.
 */
public enum LabelLayout {
    /** A4, 3 x 8 labels of 70 x 37 mm (e.g. Avery 3474). */
    A4_3X8("a4-3x8", 210, 297, 3, 8, 70, 37),
    /** A4, 4 x 10 labels of 52.5 x 29.7 mm (e.g. Avery 3651). */
    A4_4X10("a4-4x10", 210, 297, 4, 10, 52.5, 29.7),
    /** Roll, one 50 x 30 mm label per page. */
    ROLL_50X30("roll-50x30", 50, 30, 1, 1, 50, 30),
    /** Roll, one 40 x 40 mm label per page. */
    ROLL_40X40("roll-40x40", 40, 40, 1, 1, 40, 40),
    /** Roll, one 100 x 50 mm label per page. */
    ROLL_100X50("roll-100x50", 100, 50, 1, 1, 100, 50);

    private final String wireName;
    final double pageWidth;
    final double pageHeight;
    final int columns;
    final int rows;
    final double labelWidth;
    final double labelHeight;

    LabelLayout(String wireName, double pageWidth, double pageHeight, int columns, int rows, double labelWidth,
            double labelHeight) {
        this.wireName = wireName;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.columns = columns;
        this.rows = rows;
        this.labelWidth = labelWidth;
        this.labelHeight = labelHeight;
    }

    public String wireName() {
        return wireName;
    }

    /** Labels per page. */
    public int labelsPerPage() {
        return columns * rows;
    }

    /** @throws InvalidInputException naming {@code field} for an unknown layout */
    public static LabelLayout parse(String field, String name) {
        for (LabelLayout l : values()) {
            if (l.wireName.equals(name.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new InvalidInputException(field, "must be one of a4-3x8, a4-4x10, roll-50x30, roll-40x40, roll-100x50");
    }
}
