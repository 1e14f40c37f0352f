package org.bricshub.ledger;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of a {@link Ledger}.
 *
 * @param origin             the checkpoint origin line and key name, e.g. {@code bricshub.example.org/log}
 * @param keyFile            where the log's signing key lives; created (mode 0600) on first start
 * @param maxBatchSize       most entries sequenced in one durable write
 * @param maxBatchDelay      longest an append waits for its batch to fill before the batch is written anyway
 * @param maxPendingAppends  appends waiting beyond this many are refused as overloaded
 * @param checkpointInterval how often a new checkpoint is signed when the tree has grown
 */
public record LedgerConfig(String origin, Path keyFile, int maxBatchSize, Duration maxBatchDelay,
        int maxPendingAppends, Duration checkpointInterval) {

    public LedgerConfig {
        if (origin == null || origin.isBlank() || origin.chars().anyMatch(c -> c == '+' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("origin must be non-empty, without spaces or '+': " + origin);
        }
        if (keyFile == null) {
            throw new IllegalArgumentException("keyFile is required");
        }
        if (maxBatchSize < 1 || maxPendingAppends < maxBatchSize) {
            throw new IllegalArgumentException("need 1 <= maxBatchSize <= maxPendingAppends, got " + maxBatchSize
                    + " and " + maxPendingAppends);
        }
        if (maxBatchDelay.isNegative() || checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("maxBatchDelay must be >= 0 and checkpointInterval > 0");
        }
    }

    /**
     * Defaults: batches of up to 8,192 entries or 10 ms (under load batches fill up; alone, an append waits at most
     * 10 ms for company), 262,144 waiting appends, a checkpoint every second.
     */
    public static LedgerConfig defaults(String origin, Path keyFile) {
        return new LedgerConfig(origin, keyFile, 8192, Duration.ofMillis(10), 262_144, Duration.ofSeconds(1));
    }
}
