package org.bricshub.trace;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a QR symbol as a 1-bit greyscale PNG (W3C PNG 3rd ed. §11.2: IHDR, one IDAT, IEND) straight from its
 * modules: several times faster than going through a BufferedImage and ImageIO, which dominated QR-per-second.
 */
final class QrPng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private QrPng() {
    }

    static void write(QrSymbol symbol, QrStyle style, OutputStream out) throws IOException {
        int m = style.moduleSize();
        int q = style.quietZone();
        int side = (symbol.size() + 2 * q) * m;
        int rowBytes = (side + 7) / 8;
        ByteArrayOutputStream pixels = new ByteArrayOutputStream(side * (rowBytes + 1) / 8 + 64);
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_SPEED))) {
            byte[] row = new byte[rowBytes + 1]; // filter byte 0 (None), then the pixels; bit 1 = white
            for (int moduleRow = -q; moduleRow < symbol.size() + q; moduleRow++) {
                java.util.Arrays.fill(row, 1, row.length, (byte) 0xff);
                if (moduleRow >= 0 && moduleRow < symbol.size()) {
                    for (int x = 0; x < symbol.size(); x++) {
                        if (symbol.dark(x, moduleRow)) {
                            for (int px = (x + q) * m, end = px + m; px < end; px++) {
                                row[1 + (px >> 3)] &= (byte) ~(0x80 >> (px & 7));
                            }
                        }
                    }
                }
                if (side % 8 != 0) {
                    row[rowBytes] &= (byte) (0xff << (8 - side % 8)); // padding bits past the last pixel are zero
                }
                for (int i = 0; i < m; i++) {
                    deflate.write(row);
                }
            }
        }
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(side);
        h.writeInt(side);
        h.write(new byte[] {1, 0, 0, 0, 0}); // bit depth 1, greyscale, deflate, adaptive filtering, no interlace
        out.write(SIGNATURE);
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", pixels.toByteArray());
        chunk(out, "IEND", new byte[0]);
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt(data.length);
        d.write(name);
        d.write(data);
        d.writeInt((int) crc.getValue());
        d.flush();
    }
}
