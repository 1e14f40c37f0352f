package org.bricshub.capture;

import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.SignedNote;

/** The tree size a signed checkpoint note commits to (C2SP tlog-checkpoint). */
final class CheckpointSize {
    private CheckpointSize() {}

    static long of(byte[] signedNote) {
        return Checkpoint.parse(SignedNote.parse(signedNote).text()).size();
    }
}
