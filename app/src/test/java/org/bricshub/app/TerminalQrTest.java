package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.bricshub.web.Zbar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalQrTest {
    private static final String URL = "http://localhost:8080/01/06999991000011/10/AX2405/21/1001";

    @Test
    void render_halfBlocks_readBackIntoTheSameMatrixWhichZbarDecodes(@TempDir Path dir) throws Exception {
        BitMatrix matrix = TerminalQr.matrix(URL);
        String text = TerminalQr.render(matrix);
        BitMatrix fromText = parse(text, matrix.getWidth(), matrix.getHeight());
        assertThat(fromText.toString("#", ".")).isEqualTo(matrix.toString("#", "."));
        Path png = dir.resolve("qr.png");
        ImageIO.write(image(fromText, 6), "png", png.toFile());
        assertThat(Zbar.scan(png)).containsExactly(URL);
    }

    @Test
    void matrix_keepsTheFourModuleQuietZone() {
        BitMatrix m = TerminalQr.matrix(URL);
        for (int i = 0; i < TerminalQr.QUIET_ZONE; i++) {
            for (int j = 0; j < m.getWidth(); j++) {
                assertThat(m.get(i, j) || m.get(j, i) || m.get(m.getWidth() - 1 - i, j) || m.get(j, m.getHeight() - 1 - i))
                        .as("module in the quiet zone at %d,%d", i, j).isFalse();
            }
        }
        assertThat(m.get(TerminalQr.QUIET_ZONE, TerminalQr.QUIET_ZONE)).as("finder pattern corner").isTrue();
    }

    /** Reads the terminal text back, as a camera would see it: two module rows per line. */
    private static BitMatrix parse(String text, int width, int height) {
        List<String> lines = text.lines().map(l -> l.replaceAll("\u001b\\[[0-9;]*m", "")).toList();
        assertThat(lines).hasSize((height + 1) / 2);
        BitMatrix m = new BitMatrix(width, height);
        for (int row = 0; row < lines.size(); row++) {
            String line = lines.get(row);
            assertThat(line).hasSize(width);
            for (int x = 0; x < width; x++) {
                char c = line.charAt(x);
                if (c == '█' || c == '▀') {
                    m.set(x, 2 * row);
                }
                if ((c == '█' || c == '▄') && 2 * row + 1 < height) {
                    m.set(x, 2 * row + 1);
                }
            }
        }
        return m;
    }

    private static BufferedImage image(BitMatrix m, int scale) {
        BufferedImage img = new BufferedImage(m.getWidth() * scale, m.getHeight() * scale, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, m.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
            }
        }
        return img;
    }
}
