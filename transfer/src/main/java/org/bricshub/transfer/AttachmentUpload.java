package org.bricshub.transfer;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * Checks an uploaded file before it is stored: the declared media type must be one we serve, the size within the
 * limit, and the bytes must be what they claim (content sniffing): a PDF starts with {@code %PDF-}, an image decodes
 * with the JDK's ImageIO as the declared format. ImageIO reads PNG, JPEG, GIF and BMP; it has no WebP reader, so WebP
 * is refused by name unless a reader plugin is on the class path. Images get a PNG thumbnail of at most 320 pixels.
 */
final class AttachmentUpload {
    static final int THUMBNAIL = 320;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** A checked file ready to store. */
    record Checked(AttachmentKind kind, String mediaType, String name, byte[] content, String sha256,
                   byte[] thumbnail) {
    }

    private AttachmentUpload() {
    }

    static Checked check(String name, String declaredType, byte[] content, AttachmentLimits limits) {
        String type = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        AttachmentKind kind = kindOf(type);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "is required and must not be empty");
        }
        if (content.length > limits.maxBytes(kind)) {
            throw new InvalidInputException("file", "a " + kind.wireName() + " may have at most "
                    + limits.maxBytes(kind) + " bytes; this one has " + content.length);
        }
        String checkedName = checkedName(name, kind, type);
        byte[] thumbnail = null;
        if (kind == AttachmentKind.DOCUMENT) {
            if (content.length < PDF_MAGIC.length
                    || !Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
                throw new InvalidInputException("file", "must be a PDF document: it does not start with %PDF-");
            }
        } else {
            thumbnail = thumbnail(decode(content, type, limits.maxPixels()));
        }
        return new Checked(kind, type, checkedName, content, Attachment.hex(sha256(content)), thumbnail);
    }

    private static AttachmentKind kindOf(String type) {
        if (type.equals("application/pdf")) {
            return AttachmentKind.DOCUMENT;
        }
        if (type.equals("image/png") || type.equals("image/jpeg")) {
            return AttachmentKind.IMAGE;
        }
        if (type.equals("image/webp")) {
            if (ImageIO.getImageReadersByMIMEType(type).hasNext()) {
                return AttachmentKind.IMAGE;
            }
            throw new InvalidInputException("file", "image/webp cannot be decoded by this server (the JDK's ImageIO "
                    + "has no WebP reader); send image/png or image/jpeg");
        }
        throw new InvalidInputException("file", "must be sent as application/pdf, image/png or image/jpeg, not '"
                + type + "'");
    }

    private static String checkedName(String name, AttachmentKind kind, String type) {
        if (name == null || name.isBlank()) {
            return kind == AttachmentKind.DOCUMENT ? "document.pdf" : "image." + type.substring("image/".length());
        }
        String n = name.strip();
        if (n.codePointCount(0, n.length()) > 200 || n.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f || ch == '/'
                || ch == '\\' || ch == '"')) {
            throw new InvalidInputException("name", "a file name of at most 200 characters without control "
                    + "characters, slashes or quotes");
        }
        return n;
    }

    /** Decodes with a reader of the declared type only, after checking the pixel count the header announces. */
    private static BufferedImage decode(byte[] content, String type, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.hasNext() ? readers.next() : null;
            if (reader == null || !Arrays.asList(reader.getOriginatingProvider().getMIMETypes()).contains(type)) {
                throw new InvalidInputException("file", "is not a decodable " + type + " image");
            }
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new InvalidInputException("file", "an image may have at most " + maxPixels
                            + " pixels; this one has " + pixels);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "is not a decodable " + type + " image");
        }
    }

    private static byte[] thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a PNG thumbnail", e);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
