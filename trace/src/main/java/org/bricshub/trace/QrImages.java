package org.bricshub.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** QR codes as PNG (1-bit) or SVG images, quiet zone included; and a ZIP of one image per code. */
public final class QrImages {
    /** Image formats. */
    public enum Format { PNG, SVG }

    private QrImages() {
    }

    /** Writes one code's QR image. */
    public static void write(String text, QrStyle style, Format format, OutputStream out) throws IOException {
        QrSymbol symbol = QrSymbol.encode(text, style.errorCorrection());
        switch (format) {
            case PNG -> QrPng.write(symbol, style, out);
            case SVG -> out.write(svg(symbol, style).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes a ZIP holding one image per code, named by serial, streaming as it goes. */
    public static void writeZip(CodeStream codes, QrStyle style, Format format, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        String suffix = format == Format.PNG ? ".png" : ".svg";
        try {
            codes.forEach(code -> {
                try {
                    zip.putNextEntry(new ZipEntry(code.gtin() + "_" + code.lot() + "_" + code.serial() + suffix));
                    write(code.uri(), style, format, zip);
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        zip.finish();
    }

    static String svg(QrSymbol symbol, QrStyle style) {
        int q = style.quietZone();
        int modules = symbol.size() + 2 * q;
        int side = modules * style.moduleSize();
        StringBuilder path = new StringBuilder(symbol.size() * symbol.size());
        symbol.forEachRun((x, y, length) -> path.append('M').append(x + q).append(' ').append(y + q)
                .append('h').append(length).append("v1h-").append(length).append('z'));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + side + "\" height=\"" + side
                + "\" viewBox=\"0 0 " + modules + " " + modules + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + modules + "\" height=\"" + modules + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
    }
}
