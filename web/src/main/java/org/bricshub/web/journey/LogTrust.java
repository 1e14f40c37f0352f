package org.bricshub.web.journey;

import java.util.List;
import java.util.Objects;

/**
 * What a phone checks a checkpoint against: the log's verifier key and the witnesses' keys with the quorum of
 * cosignatures it requires (C2SP signed-note, tlog-cosignature). Set from the server's configuration.
 *
 * @param logKey the log's signed-note verifier key
 * @param witnessKeys the witnesses' cosignature/v1 verifier keys
 * @param quorum how many of them must have cosigned
 */
public record LogTrust(String logKey, List<String> witnessKeys, int quorum) {
    public LogTrust {
        Objects.requireNonNull(logKey, "logKey");
        witnessKeys = List.copyOf(witnessKeys);
        if (quorum < 0 || quorum > witnessKeys.size()) {
            throw new IllegalArgumentException("the witness quorum must be between 0 and " + witnessKeys.size()
                    + ", was " + quorum);
        }
    }
}
