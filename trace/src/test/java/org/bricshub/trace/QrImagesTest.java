package org.bricshub.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QrImagesTest {
    private static final String URI = "https://id.example.org/01/09506000134352/10/A%2C%221/21/0123456789012345";

    @ParameterizedTest(name = "{0}, {1} px, quiet zone {2}")
    @CsvSource({"L, 1, 4", "M, 3, 4", "Q, 8, 6", "H, 5, 4", "M, 7, 10"})
    void png_decodesToTheUri_withItsQuietZone(String level, int moduleSize, int quietZone) throws Exception {
        QrStyle style = new QrStyle(QrStyle.ErrorCorrection.valueOf(level), moduleSize, quietZone);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        QrImages.write(URI, style, QrImages.Format.PNG, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        int modules = QrSymbol.encode(URI, style.errorCorrection()).size() + 2 * quietZone;
        assertThat(image.getWidth()).isEqualTo(modules * moduleSize).isEqualTo(image.getHeight());
        for (int i = 0; i < quietZone * moduleSize; i++) {
            assertThat(image.getRGB(i, image.getHeight() / 2) & 0xffffff).as("quiet zone at x=%d", i).isEqualTo(0xffffff);
        }
        assertThat(image.getRGB(quietZone * moduleSize, quietZone * moduleSize) & 0xffffff)
                .as("finder pattern corner").isZero();
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertThat(decoded).isEqualTo(URI);
    }
}
