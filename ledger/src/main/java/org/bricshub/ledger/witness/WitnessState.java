package org.bricshub.ledger.witness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.bricshub.ledger.DurableFiles;
import org.bricshub.ledger.LogStoreException;
import org.bricshub.merkle.Checkpoint;

/**
 * The latest cosigned checkpoint of each log origin, one small file per origin ({@code state/<base64url origin>},
 * the checkpoint text), replaced by an atomic, forced rename so a crash leaves the old or the new one.
 */
final class WitnessState {

    private final Path directory;

    WitnessState(Path directory) {
        this.directory = directory;
    }

    Optional<Checkpoint> latest(String origin) {
        Path file = file(origin);
        try {
            return Files.exists(file)
                    ? Optional.of(Checkpoint.parse(Files.readString(file, StandardCharsets.UTF_8)))
                    : Optional.empty();
        } catch (IOException e) {
            throw new LogStoreException("cannot read witness state " + file + ": " + e.getMessage(), e);
        }
    }

    void save(Checkpoint checkpoint) {
        Path file = file(checkpoint.origin());
        try {
            DurableFiles.writeAtomically(file, checkpoint.text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LogStoreException("cannot write witness state " + file + ": " + e.getMessage(), e);
        }
    }

    private Path file(String origin) {
        return directory.resolve(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(origin.getBytes(StandardCharsets.UTF_8)));
    }
}
