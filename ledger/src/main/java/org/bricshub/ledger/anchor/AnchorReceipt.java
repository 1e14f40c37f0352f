package org.bricshub.ledger.anchor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.SignedNote;

/**
 * Where a checkpoint hash was anchored.
 *
 * @param chain          the chain, as {@link CheckpointAnchor#chain()} names it
 * @param transactionId  the chain's identifier of the anchoring transaction (e.g. a 0x-prefixed hash)
 * @param blockNumber    the block that includes it
 * @param checkpointHash what was anchored
 */
public record AnchorReceipt(String chain, String transactionId, long blockNumber, Hash checkpointHash) {

    public AnchorReceipt {
        if (chain == null || chain.isBlank() || transactionId == null || transactionId.isBlank()) {
            throw new IllegalArgumentException("chain and transaction ID are required");
        }
        if (blockNumber < 0 || checkpointHash == null) {
            throw new IllegalArgumentException("block number >= 0 and the checkpoint hash are required");
        }
    }

    /**
     * The hash anchored for a signed checkpoint note: SHA-256 of the note's text (origin, size, root hash, extension
     * lines), without signatures, so that cosignatures added later do not change it.
     */
    public static Hash checkpointHash(byte[] checkpointNote) {
        byte[] text = SignedNote.parse(checkpointNote).text().getBytes(StandardCharsets.UTF_8);
        try {
            return new Hash(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
