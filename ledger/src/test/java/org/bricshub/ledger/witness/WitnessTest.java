package org.bricshub.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.bricshub.ledger.BouncyCastleEd25519;
import org.bricshub.ledger.LogStoreException;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.ConsistencyProof;
import org.bricshub.merkle.CosignatureV1;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.MerkleTree;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.NoteSignature;
import org.bricshub.merkle.NoteSigner;
import org.bricshub.merkle.SignedNote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitnessTest {
    private static final String ORIGIN = "example.org/log";
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000));

    @TempDir
    Path dir;

    private final String logKey = NoteKeys.generateSignerKey(ORIGIN);
    private final NoteSigner logSigner = NoteKeys.signer(logKey, BouncyCastleEd25519.INSTANCE);
    private final MerkleTree tree = new MerkleTree();
    private Witness witness;

    @BeforeEach
    void open() {
        witness = Witness.open(dir, "witness.example/w1", List.of(NoteKeys.verifierKeyOf(logKey,
                BouncyCastleEd25519.INSTANCE)), CLOCK);
    }

    @AfterEach
    void close() {
        witness.close();
    }

    @Test
    void addCheckpoint_firstCheckpoint_isCosignedWithVerifiableCosignatureV1() {
        SignedNote note = grow(5);
        WitnessOutcome outcome = witness.addCheckpoint(request(0, note));

        assertThat(outcome).isInstanceOf(WitnessOutcome.Cosigned.class);
        String lines = ((WitnessOutcome.Cosigned) outcome).signatureLines();
        List<NoteSignature> verified = SignedNote.parse(note.text() + "\n" + lines)
                .verify(List.of(NoteKeys.verifier(witness.verifierKey(), BouncyCastleEd25519.INSTANCE)));
        assertThat(verified).hasSize(1);
        assertThat(CosignatureV1.timestamp(verified.get(0))).isEqualTo(1_700_000_000L);
        assertThat(witness.latest(ORIGIN)).map(Checkpoint::size).contains(5L);
        assertThat(Files.isRegularFile(dir.resolve("witness.key"))).isTrue();
    }

    @Test
    void addCheckpoint_consistentGrowth_isCosigned() {
        witness.addCheckpoint(request(0, grow(5)));
        SignedNote next = grow(13);

        assertThat(witness.addCheckpoint(request(5, next))).isInstanceOf(WitnessOutcome.Cosigned.class);
        assertThat(witness.latest(ORIGIN)).map(Checkpoint::size).contains(13L);
    }

    @Test
    void addCheckpoint_oldSizeNotHeld_conflictsWithTheHeldSize() {
        witness.addCheckpoint(request(0, grow(5)));

        assertThat(witness.addCheckpoint(request(0, grow(8))))
                .isInstanceOfSatisfying(WitnessOutcome.Conflict.class, c -> assertThat(c.latestSize()).isEqualTo(5));
    }

    @Test
    void addCheckpoint_forkedTree_isRefusedAsInconsistentAndStateKept() {
        witness.addCheckpoint(request(0, grow(5)));
        MerkleTree fork = new MerkleTree();
        for (int i = 0; i < 9; i++) {
            fork.appendEntry(("forked " + i).getBytes(StandardCharsets.UTF_8));
        }
        SignedNote forked = sign(new Checkpoint(ORIGIN, 9, fork.root()));
        byte[] body = new AddCheckpointRequest(5, ConsistencyProof.generate(5, 9, fork).hashes(), forked).encode();

        assertThat(witness.addCheckpoint(body)).isInstanceOfSatisfying(WitnessOutcome.Refused.class,
                r -> assertThat(r.refusal().status()).isEqualTo(422));
        assertThat(witness.latest(ORIGIN)).map(Checkpoint::size).contains(5L);
    }

    @Test
    void addCheckpoint_sameSizeOtherRoot_conflicts() {
        witness.addCheckpoint(request(0, grow(5)));
        SignedNote other = sign(new Checkpoint(ORIGIN, 5, Hash.fromHex("00".repeat(32))));

        assertThat(witness.addCheckpoint(new AddCheckpointRequest(5, List.of(), other).encode()))
                .isInstanceOf(WitnessOutcome.Conflict.class);
    }

    @Test
    void addCheckpoint_signedByAnotherKey_isForbidden() {
        NoteSigner stranger = NoteKeys.signer(NoteKeys.generateSignerKey(ORIGIN), BouncyCastleEd25519.INSTANCE);
        tree.appendEntry(new byte[] {1});
        SignedNote note = SignedNote.sign(new Checkpoint(ORIGIN, 1, tree.root()).text(), List.of(stranger));

        assertThat(status(witness.addCheckpoint(request(0, note)))).isEqualTo(403);
        assertThat(witness.latest(ORIGIN)).isEmpty();
    }

    @Test
    void addCheckpoint_unknownOriginOrMalformedOrOldBeyondSize_isRefused() {
        NoteSigner other = NoteKeys.signer(NoteKeys.generateSignerKey("other.org/log"), BouncyCastleEd25519.INSTANCE);
        SignedNote unknown = SignedNote.sign(new Checkpoint("other.org/log", 0, tree.root()).text(), List.of(other));

        assertThat(status(witness.addCheckpoint(request(0, unknown)))).isEqualTo(404);
        assertThat(status(witness.addCheckpoint("old 01\n\nx\n".getBytes(StandardCharsets.UTF_8)))).isEqualTo(400);
        assertThat(status(witness.addCheckpoint("no blank line".getBytes(StandardCharsets.UTF_8)))).isEqualTo(400);
        assertThat(status(witness.addCheckpoint(request(7, grow(3))))).isEqualTo(400);
    }

    @Test
    void open_again_keepsStateAndKey() {
        witness.addCheckpoint(request(0, grow(5)));
        String key = witness.verifierKey();
        witness.close();
        witness = Witness.open(dir, "ignored/name", List.of(NoteKeys.verifierKeyOf(logKey,
                BouncyCastleEd25519.INSTANCE)), CLOCK);

        assertThat(witness.verifierKey()).isEqualTo(key);
        assertThat(witness.latest(ORIGIN)).map(Checkpoint::size).contains(5L);
        assertThat(witness.addCheckpoint(request(0, grow(6)))).isInstanceOf(WitnessOutcome.Conflict.class);
    }

    @Test
    void open_whileOpen_isRefused() throws Exception {
        assertThatThrownBy(() -> Witness.open(dir, "w", List.of(), CLOCK)).isInstanceOf(LogStoreException.class);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("witness.key"))))
                .isEqualTo("rw-------");
    }

    private SignedNote grow(int size) {
        while (tree.size() < size) {
            tree.appendEntry(("entry " + tree.size()).getBytes(StandardCharsets.UTF_8));
        }
        return sign(new Checkpoint(ORIGIN, size, tree.root()));
    }

    private SignedNote sign(Checkpoint checkpoint) {
        return SignedNote.sign(checkpoint.text(), List.of(logSigner));
    }

    private byte[] request(long oldSize, SignedNote note) {
        long size = Checkpoint.parse(note.text()).size();
        List<Hash> proof = oldSize > 0 && oldSize <= size
                ? ConsistencyProof.generate(oldSize, size, tree).hashes() : List.of();
        return new AddCheckpointRequest(oldSize, proof, note).encode();
    }

    private static int status(WitnessOutcome outcome) {
        return switch (outcome) {
            case WitnessOutcome.Cosigned c -> 200;
            case WitnessOutcome.Conflict c -> 409;
            case WitnessOutcome.Refused r -> r.refusal().status();
        };
    }
}
