package org.bricshub.ledger.witness;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.ledger.BouncyCastleEd25519;
import org.bricshub.ledger.LogStoreException;
import org.bricshub.ledger.SignerKeyFile;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.ConsistencyProof;
import org.bricshub.merkle.LogFormatException;
import org.bricshub.merkle.LogVerificationException;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.NoteSignature;
import org.bricshub.merkle.NoteSigner;
import org.bricshub.merkle.NoteVerifier;
import org.bricshub.merkle.SignedNote;

/**
 * A transparency-log witness (C2SP tlog-witness {@code add-checkpoint}, C2SP tlog-cosignature cosignature/v1): for
 * each log it trusts it keeps the latest checkpoint it cosigned, and cosigns a new one only if the log signed it and
 * a consistency proof shows it extends the one kept. Its folder holds the key ({@code witness.key}, mode 0600,
 * created on first open), the state ({@code state/}) and a lock file that keeps a second process out. Thread-safe:
 * the check of the old size and the update of the state are one atomic step, as the spec requires.
 */
public final class Witness implements AutoCloseable {

    private final NoteSigner cosigner;
    private final String verifierKey;
    private final Map<String, List<NoteVerifier>> logKeys;
    private final WitnessState state;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private Witness(NoteSigner cosigner, String verifierKey, Map<String, List<NoteVerifier>> logKeys,
            WitnessState state, FileChannel lockChannel, FileLock lock) {
        this.cosigner = cosigner;
        this.verifierKey = verifierKey;
        this.logKeys = logKeys;
        this.state = state;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens the witness kept in {@code directory}, creating its key (named {@code name}) on first open; an existing
     * key keeps the name it was created with.
     *
     * @param logVerifierKeys the trusted logs' signed-note verifier keys (type 0x01); a key's name is its log's origin
     * @param clock           the time stamped on cosignatures
     * @throws LogFormatException if a log key is malformed
     * @throws LogStoreException  if the folder cannot be used or another process holds it
     */
    public static Witness open(Path directory, String name, List<String> logVerifierKeys, InstantSource clock) {
        Map<String, List<NoteVerifier>> logKeys = new HashMap<>();
        for (String key : logVerifierKeys) {
            NoteVerifier verifier = NoteKeys.verifier(key.strip(), BouncyCastleEd25519.INSTANCE);
            logKeys.computeIfAbsent(verifier.name(), origin -> new ArrayList<>()).add(verifier);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(directory.resolve("state"));
            channel = FileChannel.open(directory.resolve("witness.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new LogStoreException("witness folder " + directory + " is in use by another process");
            }
            String signerKey = SignerKeyFile.loadOrCreate(directory.resolve("witness.key"), name);
            NoteSigner cosigner = NoteKeys.cosigner(signerKey, BouncyCastleEd25519.INSTANCE, clock);
            String vkey = NoteKeys.cosignerVerifierKeyOf(signerKey, BouncyCastleEd25519.INSTANCE);
            return new Witness(cosigner, vkey, Map.copyOf(logKeys), new WitnessState(directory.resolve("state")),
                    channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new LogStoreException("cannot open witness folder " + directory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The witness's public key as a cosignature/v1 verifier key (type 0x04), for logs to configure. */
    public String verifierKey() {
        return verifierKey;
    }

    /** The latest checkpoint cosigned for {@code origin}. */
    public synchronized Optional<Checkpoint> latest(String origin) {
        return state.latest(origin);
    }

    /**
     * Handles an {@code add-checkpoint} request body (C2SP tlog-witness): checks the format, the log's signature, the
     * old size against the state and the consistency proof, in that order, and on success persists the checkpoint
     * before returning the cosignature.
     *
     * @throws LogStoreException if the state cannot be read or written
     */
    public synchronized WitnessOutcome addCheckpoint(byte[] body) {
        AddCheckpointRequest request;
        Checkpoint checkpoint;
        try {
            request = AddCheckpointRequest.parse(body);
            checkpoint = Checkpoint.parse(request.checkpoint().text());
        } catch (LogFormatException | IllegalArgumentException e) {
            return refused(WitnessOutcome.Refusal.MALFORMED, e.getMessage());
        }
        List<NoteVerifier> trusted = logKeys.get(checkpoint.origin());
        if (trusted == null) {
            return refused(WitnessOutcome.Refusal.UNKNOWN_ORIGIN, "unknown log origin " + checkpoint.origin());
        }
        try {
            request.checkpoint().verify(trusted);
        } catch (LogVerificationException e) {
            return refused(WitnessOutcome.Refusal.UNVERIFIED, e.getMessage());
        }
        if (request.oldSize() > checkpoint.size()) {
            return refused(WitnessOutcome.Refusal.MALFORMED, "old size " + request.oldSize()
                    + " exceeds the checkpoint size " + checkpoint.size());
        }
        Optional<Checkpoint> latest = state.latest(checkpoint.origin());
        long latestSize = latest.map(Checkpoint::size).orElse(0L);
        if (request.oldSize() != latestSize) {
            return new WitnessOutcome.Conflict(latestSize, "old size " + request.oldSize() + " is not the latest "
                    + "cosigned size " + latestSize);
        }
        if (latest.isPresent() && latestSize == checkpoint.size()
                && !latest.get().rootHash().equals(checkpoint.rootHash())) {
            return new WitnessOutcome.Conflict(latestSize, "a different root hash at the cosigned size " + latestSize);
        }
        if (request.oldSize() == 0 && !request.proof().isEmpty()) {
            return refused(WitnessOutcome.Refusal.INCONSISTENT, "the proof from size 0 must be empty");
        }
        if (latest.isPresent() && latestSize < checkpoint.size()) {
            try {
                new ConsistencyProof(latestSize, checkpoint.size(), request.proof())
                        .verify(latest.get().rootHash(), checkpoint.rootHash());
            } catch (LogVerificationException e) {
                return refused(WitnessOutcome.Refusal.INCONSISTENT, e.getMessage());
            }
        }
        state.save(checkpoint);
        SignedNote cosigned = new SignedNote(request.checkpoint().text(), List.of()).withSignatures(List.of(cosigner));
        StringBuilder lines = new StringBuilder();
        cosigned.signatures().stream().map(NoteSignature::line).forEach(lines::append);
        return new WitnessOutcome.Cosigned(lines.toString());
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the OS drops the lock with the channel or the process
        }
        closeQuietly(lockChannel);
    }

    private static WitnessOutcome refused(WitnessOutcome.Refusal refusal, String reason) {
        return new WitnessOutcome.Refused(refusal, reason);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
