package org.bricshub.web.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.bricshub.web.Zbar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** QR images decode (ZXing) and PDF label sheets, rasterised, scan (zbarimg) back to the exact issued URIs. */
class LabelOutputIT {
    static final String GTIN = "09506000134352";
    @TempDir
    static Path dataDir;
    static TraceFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new TraceFixture(dataDir);
        f.product(GTIN);
        f.batch(f.ownerA, GTIN, "{\"lot\":\"QR-1\",\"count\":60,\"expiry\":\"280101\"}");
        f.batch(f.ownerA, GTIN, "{\"lot\":\"QR-2\",\"count\":40,\"serialFormat\":\"alphanumeric\"}");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void pngZip_everyIssuedCodeDecodesToItsExactUri() throws Exception {
        for (String lot : List.of("QR-1", "QR-2")) {
            List<String> uris = uris(lot, 0, lot.equals("QR-1") ? 60 : 40);
            byte[] zip = f.download(f.ownerA, codes(lot) + "?format=png&ec=L&moduleSize=3").body();
            Set<String> decoded = new HashSet<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    decoded.add(decode(ImageIO.read(new ByteArrayInputStream(in.readAllBytes()))));
                }
            }
            assertThat(decoded).containsExactlyInAnyOrderElementsOf(uris);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"L", "M", "Q", "H"})
    void png_oneCode_eachErrorCorrectionLevel_decodes(String level) throws Exception {
        String uri = uris("QR-1", 7, 1).getFirst();
        var response = f.download(f.ownerA, codes("QR-1") + "?format=png&from=7&count=1&ec=" + level);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(decode(image)).isEqualTo(uri);
        assertThat(image.getRGB(0, 0) & 0xffffff).as("quiet zone is light").isEqualTo(0xffffff);
    }

    @Test
    void svg_oneCode_hasTheQuietZoneInItsViewBox() {
        String svg = new String(f.download(f.ownerA, codes("QR-1") + "?format=svg&count=1").body(), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 ").contains("M4 4h7");
    }

    @Test
    void pdfLabelSheet_rasterised_scansBackWithZbarimg() throws Exception {
        byte[] pdf = f.download(f.ownerA, codes("QR-1") + "?format=pdf&layout=a4-3x8&count=30").body();
        List<String> expected = uris("QR-1", 0, 30);
        Set<String> scanned = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDFRenderer renderer = new PDFRenderer(doc);
            // Rasterise as a label printer does: anti-aliasing would leave faint seams between adjacent modules.
            renderer.setRenderingHints(new java.awt.RenderingHints(java.awt.RenderingHints.KEY_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_ANTIALIAS_OFF));
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page, 300, ImageType.BINARY);
                // One label per scan, as a phone sees it: A4 3x8 is 3 columns of 8 labels.
                int w = image.getWidth() / 3;
                int h = image.getHeight() / 8;
                for (int label = 0; label < 24; label++) {
                    Path png = dataDir.resolve("page" + page + "-label" + label + ".png");
                    ImageIO.write(image.getSubimage(label % 3 * w, label / 3 * h, w, h), "png", png.toFile());
                    scanned.addAll(Zbar.scan(png));
                }
            }
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("(01) " + GTIN + " (10) QR-1").contains("(17) 280101");
        }
        assertThat(scanned).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void pdfRollLabel_onePerPage() throws Exception {
        byte[] pdf = f.download(f.ownerA, codes("QR-2") + "?format=pdf&layout=roll-50x30&count=3").body();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            Path png = dataDir.resolve("roll.png");
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(1, 600, ImageType.BINARY), "png", png.toFile());
            assertThat(Zbar.scan(png)).containsExactly(uris("QR-2", 1, 1).getFirst());
        }
    }

    private static String decode(BufferedImage image) throws Exception {
        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
        return result.getText();
    }

    private static String codes(String lot) {
        return "/api/products/" + GTIN + "/batches/" + lot + "/codes";
    }

    private static List<String> uris(String lot, int from, int count) {
        return new String(f.download(f.ownerA, codes(lot) + "?from=" + from + "&count=" + count).body(),
                StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split(",")[0]).toList();
    }
}
