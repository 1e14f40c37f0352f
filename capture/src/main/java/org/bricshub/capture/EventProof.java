package org.bricshub.capture;

import java.util.List;
import java.util.Objects;

/**
 * What a holder of an event needs to check that it is in the verifiable log: its leaf, its entry, a signed
 * checkpoint and the RFC 9162 §2.1.3 inclusion proof to that checkpoint's root.
 *
 * @param eventID the event ID as served
 * @param leafIndex the event's leaf
 * @param entry the log entry bytes ({@link LogEntry#bytes()})
 * @param checkpoint the signed note text of a checkpoint covering the leaf
 * @param treeSize the checkpoint's tree size
 * @param hashes the inclusion proof, leaf to root
 */
public record EventProof(String eventID, long leafIndex, byte[] entry, String checkpoint, long treeSize,
        List<byte[]> hashes) {
    public EventProof {
        Objects.requireNonNull(eventID, "eventID");
        hashes = List.copyOf(hashes);
    }
}
