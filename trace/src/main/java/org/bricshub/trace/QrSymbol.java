package org.bricshub.trace;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;

/** The modules of one QR symbol, encoded by ZXing, without quiet zone; drawn by PNG, SVG and PDF writers. */
final class QrSymbol {
    private final ByteMatrix matrix;

    private QrSymbol(ByteMatrix matrix) {
        this.matrix = matrix;
    }

    static QrSymbol encode(String text, QrStyle.ErrorCorrection level) {
        try {
            return new QrSymbol(Encoder.encode(text, ErrorCorrectionLevel.valueOf(level.name()),
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /** Modules per side. */
    int size() {
        return matrix.getWidth();
    }

    boolean dark(int x, int y) {
        return matrix.get(x, y) == 1;
    }

    /** Calls {@code run} for each horizontal run of dark modules: row y, first column x, length. */
    void forEachRun(RunSink run) {
        int n = size();
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!dark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && dark(x, y)) {
                    x++;
                }
                run.accept(start, y, x - start);
            }
        }
    }

    @FunctionalInterface
    interface RunSink {
        void accept(int x, int y, int length);
    }
}
