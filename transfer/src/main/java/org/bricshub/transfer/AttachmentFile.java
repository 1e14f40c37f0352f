package org.bricshub.transfer;

/**
 * The bytes of an attachment (or of its thumbnail) with what to serve them as.
 *
 * @param publicFile whether the listing is published: anyone may fetch it and caches may keep it for good
 */
public record AttachmentFile(Attachment attachment, String mediaType, byte[] content, boolean publicFile) {
}
