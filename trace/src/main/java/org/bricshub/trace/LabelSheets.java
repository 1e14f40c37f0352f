package org.bricshub.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * PDF label sheets (PDFBox): each label holds the code's QR symbol, drawn as vector modules with its quiet zone,
 * and the GS1 human-readable interpretation under it: (01) GTIN (10) lot, (21) serial, (17) expiry.
 */
public final class LabelSheets {
    /** The most labels in one PDF (PDFBox holds a document in memory until it is saved) or QR images in one ZIP. */
    public static final int MAX_LABELS = 20_000;
    private static final float MM = 72f / 25.4f;
    private static final float MARGIN_MM = 2f;
    private static final float FONT_SIZE = 6f;

    private LabelSheets() {
    }

    /**
     * Writes the codes as a label sheet.
     *
     * @throws InvalidInputException (count) above {@link #MAX_LABELS}
     */
    public static void write(CodeStream codes, LabelLayout layout, QrStyle.ErrorCorrection level, OutputStream out)
            throws IOException {
        requirePrintable(codes.count());
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            int[] slot = {0};
            PDPageContentStream[] page = {null};
            try {
                codes.forEach(code -> {
                    try {
                        if (slot[0] % layout.labelsPerPage() == 0) {
                            if (page[0] != null) {
                                page[0].close();
                            }
                            PDPage p = new PDPage(new PDRectangle((float) layout.pageWidth * MM, (float) layout.pageHeight * MM));
                            doc.addPage(p);
                            page[0] = new PDPageContentStream(doc, p);
                        }
                        int index = slot[0]++ % layout.labelsPerPage();
                        drawLabel(page[0], font, layout, index % layout.columns, index / layout.columns, code, level);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                if (page[0] != null) {
                    page[0].close();
                }
            }
            doc.save(out);
        }
    }

    /**
     * Checks a print job's size: PDF sheets and ZIPs of QR images hold at most {@link #MAX_LABELS} codes.
     *
     * @throws InvalidInputException (count) above the limit
     */
    public static void requirePrintable(long count) {
        if (count > MAX_LABELS) {
            throw new InvalidInputException("count", "labels and images come at most " + MAX_LABELS
                    + " per request; page with from and count (CSV has no limit)");
        }
    }

    private static void drawLabel(PDPageContentStream cs, PDType1Font font, LabelLayout layout, int column, int row,
            IssuedCode code, QrStyle.ErrorCorrection level) throws IOException {
        float marginX = (float) (layout.pageWidth - layout.columns * layout.labelWidth) / 2f * MM;
        float marginY = (float) (layout.pageHeight - layout.rows * layout.labelHeight) / 2f * MM;
        float left = marginX + column * (float) layout.labelWidth * MM;
        float top = (float) layout.pageHeight * MM - marginY - row * (float) layout.labelHeight * MM;
        String[] lines = humanReadable(code);
        float textHeight = lines.length * (FONT_SIZE + 1f);
        float width = (float) layout.labelWidth * MM - 2 * MARGIN_MM * MM;
        float qrSide = Math.min(width, (float) layout.labelHeight * MM - 2 * MARGIN_MM * MM - textHeight);
        QrSymbol symbol = QrSymbol.encode(code.uri(), level);
        int modules = symbol.size() + 2 * QrStyle.DEFAULT.quietZone();
        float module = qrSide / modules;
        float qrLeft = left + ((float) layout.labelWidth * MM - qrSide) / 2f + QrStyle.DEFAULT.quietZone() * module;
        float qrTop = top - MARGIN_MM * MM - QrStyle.DEFAULT.quietZone() * module;
        symbol.forEachRun((x, y, length) -> {
            try {
                cs.addRect(qrLeft + x * module, qrTop - (y + 1) * module, length * module, module);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        cs.fill();
        float baseline = top - MARGIN_MM * MM - qrSide - FONT_SIZE;
        for (String line : lines) {
            // long lots shrink their line to the label's width rather than run off it
            float size = Math.min(FONT_SIZE, width / (font.getStringWidth(line) / 1000f));
            float textWidth = font.getStringWidth(line) / 1000f * size;
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(left + ((float) layout.labelWidth * MM - textWidth) / 2f, baseline);
            cs.showText(line);
            cs.endText();
            baseline -= FONT_SIZE + 1f;
        }
    }

    static String[] humanReadable(IssuedCode code) {
        String first = "(01) " + code.gtin() + " (10) " + code.lot();
        String second = "(21) " + code.serial();
        return code.expiry().isEmpty() ? new String[] {first, second}
                : new String[] {first, second + " (17) " + code.expiry()};
    }
}
