package org.bricshub.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bricshub.ledger.witness.AddCheckpointRequest;
import org.bricshub.ledger.witness.Witness;
import org.bricshub.ledger.witness.WitnessOutcome;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.NoteSignature;
import org.bricshub.merkle.SignedNote;
import org.bricshub.merkle.TreeHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which checkpoint a proof is given against, with and without a witness quorum (docs/design/witnesses.md). */
class LedgerProofCheckpointTest {
    private static final String ORIGIN = "test.bricshub.org/log";

    @TempDir
    Path data;
    private Ledger ledger;
    private Witness witness;

    @BeforeEach
    void start() {
        ledger = Ledger.start(new LedgerConfig(ORIGIN, data.resolve("log-key"), 64, Duration.ofMillis(2), 10_000,
                Duration.ofHours(1)), new MemoryLogStore());
        witness = Witness.open(data.resolve("witness"), "witness.example/w1", List.of(ledger.verifierKey()),
                InstantSource.fixed(Instant.parse("2026-11-29T18:00:00Z")));
    }

    @AfterEach
    void stop() {
        witness.close();
        ledger.close();
    }

    @Test
    void proofCheckpoint_noQuorum_isTheLatestSignedOne() throws Exception {
        long leaf = append(3);
        byte[] note = ledger.proofCheckpoint(leaf, Duration.ofSeconds(10)).orElseThrow();

        assertThat(note).isEqualTo(ledger.latestCheckpoint());
        assertThat(size(note)).isEqualTo(3);
    }

    @Test
    void proofCheckpoint_betweenANewCheckpointAndItsCosignatures_isTheCosignedOneAndVerifiesWithTheQuorum()
            throws Exception {
        ledger.requireCosignatures();
        long first = append(3);
        cosign(0, ledger.checkpointCovering(first, Duration.ofSeconds(10)).orElseThrow());
        append(2);
        ledger.checkpointCovering(4, Duration.ofSeconds(10)).orElseThrow();  // size 5, not cosigned yet

        byte[] note = ledger.proofCheckpoint(first, Duration.ofSeconds(10)).orElseThrow();

        assertThat(size(ledger.latestCheckpoint())).isEqualTo(5);
        Checkpoint checkpoint = verifiedWithQuorum(note);
        assertThat(checkpoint.size()).isEqualTo(3);
        ledger.inclusionProof(first, checkpoint.size()).verify(TreeHash.leaf(entry(first)), checkpoint.rootHash());
    }

    @Test
    void proofCheckpoint_cosignaturesOvertakenByANewerCheckpoint_areStillUsedForProofsButNotServed()
            throws Exception {
        ledger.requireCosignatures();
        long leaf = append(2);
        byte[] signed = ledger.checkpointCovering(leaf, Duration.ofSeconds(10)).orElseThrow();
        append(1);
        byte[] newest = ledger.checkpointCovering(2, Duration.ofSeconds(10)).orElseThrow();
        cosign(0, signed);  // the round for size 2 ends after size 3 was published

        assertThat(verifiedWithQuorum(ledger.proofCheckpoint(leaf, Duration.ofSeconds(10)).orElseThrow()).size())
                .isEqualTo(2);
        assertThat(ledger.latestCheckpoint()).isEqualTo(newest);
        assertThat(ledger.proofCheckpoint(2, Duration.ofMillis(20))).isEmpty();
    }

    @Test
    void proofCheckpoint_leafNotYetCosigned_waitsForTheCosignaturesOrGivesUp() throws Exception {
        ledger.requireCosignatures();
        long leaf = append(2);
        assertThat(ledger.proofCheckpoint(leaf, Duration.ofMillis(50))).isEmpty();

        CompletableFuture<Void> witnessing = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(50);
                cosign(0, ledger.latestCheckpoint());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        byte[] note = ledger.proofCheckpoint(leaf, Duration.ofSeconds(10)).orElseThrow();
        witnessing.join();

        assertThat(verifiedWithQuorum(note).size()).isEqualTo(2);
    }

    private long append(int count) throws Exception {
        long last = -1;
        for (int i = 0; i < count; i++) {
            long next = ledger.treeSize() + i;
            last = ledger.append(entry(next)).get();
        }
        return last;
    }

    private static byte[] entry(long index) {
        return ("entry " + index).getBytes(StandardCharsets.UTF_8);
    }

    private void cosign(long oldSize, byte[] note) {
        SignedNote signed = SignedNote.parse(note);
        long size = Checkpoint.parse(signed.text()).size();
        var request = new AddCheckpointRequest(oldSize, ledger.consistencyProof(oldSize, size).hashes(), signed);
        var outcome = (WitnessOutcome.Cosigned) witness.addCheckpoint(request.encode());
        List<NoteSignature> signatures = new java.util.ArrayList<>(signed.signatures());
        signatures.addAll(SignedNote.parse(signed.text() + "\n" + outcome.signatureLines()).signatures());
        ledger.publishCosigned(new SignedNote(signed.text(), signatures).format().getBytes(StandardCharsets.UTF_8));
    }

    /** What a phone requiring the log's signature and a quorum of one witness accepts. */
    private Checkpoint verifiedWithQuorum(byte[] note) {
        SignedNote signed = SignedNote.parse(note);
        List<NoteSignature> valid = signed.verify(List.of(NoteKeys.verifier(ledger.verifierKey(),
                BouncyCastleEd25519.INSTANCE), NoteKeys.verifier(witness.verifierKey(), BouncyCastleEd25519.INSTANCE)));
        assertThat(valid).hasSize(2);
        return Checkpoint.parse(signed.text());
    }

    private static long size(byte[] note) {
        return Checkpoint.parse(SignedNote.parse(note).text()).size();
    }
}
