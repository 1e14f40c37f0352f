package org.bricshub.transfer;

import org.bricshub.platform.problem.InvalidInputException;

/**
 * How much a listing may carry: bytes per document and per image, documents and images per listing, and the pixels
 * an image may have (a small file can decode to a huge bitmap).
 */
public record AttachmentLimits(int maxDocumentBytes, int maxImageBytes, int maxDocuments, int maxImages,
                               long maxPixels) {
    public AttachmentLimits {
        if (maxDocumentBytes < 1 || maxImageBytes < 1 || maxDocuments < 1 || maxImages < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("attachment limits must be positive");
        }
    }

    /** 8 MiB per PDF, 4 MiB per image, 5 documents and 10 images per listing, 25 megapixels. */
    public static AttachmentLimits defaults() {
        return new AttachmentLimits(8 << 20, 4 << 20, 5, 10, 25_000_000L);
    }

    int maxBytes(AttachmentKind kind) {
        return kind == AttachmentKind.DOCUMENT ? maxDocumentBytes : maxImageBytes;
    }

    void requireRoom(AttachmentKind kind, int present) {
        int max = kind == AttachmentKind.DOCUMENT ? maxDocuments : maxImages;
        if (present >= max) {
            throw new InvalidInputException("file", "at most " + max + " " + kind.wireName() + "s per listing");
        }
    }
}
