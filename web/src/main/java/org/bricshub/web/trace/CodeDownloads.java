package org.bricshub.web.trace;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.trace.CodeStream;
import org.bricshub.trace.LabelLayout;
import org.bricshub.trace.LabelSheets;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.QrImages;
import org.bricshub.trace.QrStyle;
import org.bricshub.web.http.Callers;

/**
 * {@code GET /api/products/{gtin}/batches/{lot}/codes}: streams codes as CSV (constant memory, starts at once), a
 * PDF label sheet, or QR images (one image, or a ZIP of one per code). Every parameter is checked before the first
 * byte is written, so a bad one is still a problem+json answer.
 */
final class CodeDownloads {
    private final ProductCodes codes;
    private final Callers callers;

    CodeDownloads(ProductCodes codes, Callers callers) {
        this.codes = codes;
        this.callers = callers;
    }

    void handle(Context ctx) throws IOException {
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("csv").toLowerCase(Locale.ROOT);
        long from = number(ctx, "from").orElse(0L);
        Optional<Long> count = number(ctx, "count");
        QrStyle style = new QrStyle(
                QrStyle.level("ec", Optional.ofNullable(ctx.queryParam("ec")).orElse("M")),
                number(ctx, "moduleSize").orElse(8L).intValue(), QrStyle.DEFAULT.quietZone());
        LabelLayout layout = LabelLayout.parse("layout", Optional.ofNullable(ctx.queryParam("layout")).orElse("a4-3x8"));
        CodeStream stream = codes.codes(callers.require(ctx), ctx.pathParam("gtin"), ctx.pathParam("lot"), from, count);
        String name = stream.batch().gtin() + "_" + stream.batch().lot().replaceAll("[^A-Za-z0-9._-]", "_") + "_" + from;
        switch (format) {
            case "csv" -> {
                start(ctx, "text/csv; charset=utf-8", name + ".csv");
                try (OutputStream out = ctx.outputStream()) {
                    stream.writeCsv(out);
                }
            }
            case "pdf" -> {
                LabelSheets.requirePrintable(stream.count());
                start(ctx, "application/pdf", name + ".pdf");
                try (OutputStream out = ctx.outputStream()) {
                    LabelSheets.write(stream, layout, style.errorCorrection(), out);
                }
            }
            case "png", "svg" -> images(ctx, stream, style, format, name);
            default -> throw new InvalidInputException("format", "must be csv, pdf, png or svg");
        }
    }

    private static void images(Context ctx, CodeStream stream, QrStyle style, String format, String name)
            throws IOException {
        QrImages.Format image = format.equals("png") ? QrImages.Format.PNG : QrImages.Format.SVG;
        LabelSheets.requirePrintable(stream.count());
        if (stream.count() == 1) {
            String[] uri = new String[1];
            stream.forEach(code -> uri[0] = code.uri());
            start(ctx, image == QrImages.Format.PNG ? "image/png" : "image/svg+xml", name + "." + format);
            try (OutputStream out = ctx.outputStream()) {
                QrImages.write(uri[0], style, image, out);
            }
        } else {
            start(ctx, "application/zip", name + "_" + format + ".zip");
            try (OutputStream out = ctx.outputStream()) {
                QrImages.writeZip(stream, style, image, out);
            }
        }
    }

    private static void start(Context ctx, String contentType, String fileName) {
        ctx.status(200).contentType(contentType).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    private static Optional<Long> number(Context ctx, String param) {
        String raw = ctx.queryParam(param);
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(param, "must be a whole number, got '" + raw + "'");
        }
    }
}
