package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bricshub.ledger.BouncyCastleEd25519;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.SignerKeyFile;
import org.bricshub.ledger.witness.AddCheckpointRequest;
import org.bricshub.ledger.witness.Witness;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.MerkleTree;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.NoteSigner;
import org.bricshub.merkle.NoteVerifier;
import org.bricshub.merkle.SignedNote;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.config.Setting;
import org.bricshub.platform.config.Settings;
import org.bricshub.web.witness.WitnessServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server collecting cosignatures from two real witness servers (C2SP tlog-witness), and what witnesses refuse. */
class WitnessIT {
    private static final String ORIGIN = "witness-it.bricshub/log";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;
    @TempDir
    Path witnessDir1;
    @TempDir
    Path witnessDir2;

    @Test
    void serve_withTwoWitnesses_publishesCheckpointsCosignedByBothAndWitnessesRefuseForks() throws Exception {
        String logSignerKey = SignerKeyFile.loadOrCreate(dataDir.resolve("log.key"), ORIGIN);
        String logKey = NoteKeys.verifierKeyOf(logSignerKey, BouncyCastleEd25519.INSTANCE);
        Witness witness1 = Witness.open(witnessDir1, "w1.example/witness", List.of(logKey), Clock.systemUTC());
        Witness witness2 = Witness.open(witnessDir2, "w2.example/witness", List.of(logKey), Clock.systemUTC());
        WitnessServer server1 = WitnessServer.start("127.0.0.1", 0, witness1);
        int port1 = server1.port();
        try (WitnessServer server2 = WitnessServer.start("127.0.0.1", 0, witness2);
             Server log = Server.start(config(witness1.verifierKey() + "@http://127.0.0.1:" + port1 + ","
                     + witness2.verifierKey() + "@http://127.0.0.1:" + server2.port() + "/"), Clock.systemUTC())) {
            assertThat(get(server2.port(), "/key")).isEqualTo(witness2.verifierKey() + "\n");
            List<NoteVerifier> keys = List.of(verifier(logKey), verifier(witness1.verifierKey()),
                    verifier(witness2.verifierKey()));

            long size = appendAndAwaitCosigned(log, 3, keys);
            assertThat(witness1.latest(ORIGIN)).map(Checkpoint::size).contains(size);

            server1.close();
            witness1.close();
            witness1 = Witness.open(witnessDir1, "w1.example/witness", List.of(logKey), Clock.systemUTC());
            assertThat(witness1.latest(ORIGIN)).as("state survives a restart").map(Checkpoint::size).contains(size);
            server1 = WitnessServer.start("127.0.0.1", port1, witness1);
            long grown = appendAndAwaitCosigned(log, 5, keys);
            assertThat(grown).isGreaterThan(size);

            NoteSigner logSigner = NoteKeys.signer(logSignerKey, BouncyCastleEd25519.INSTANCE);
            MerkleTree fork = new MerkleTree();
            for (int i = 0; i < grown + 2; i++) {
                fork.appendEntry(("forged " + i).getBytes(StandardCharsets.UTF_8));
            }
            SignedNote forged = SignedNote.sign(new Checkpoint(ORIGIN, grown + 2, fork.root()).text(),
                    List.of(logSigner));
            List<Hash> forkProof = org.bricshub.merkle.ConsistencyProof.generate(grown, grown + 2, fork).hashes();
            assertThat(post(port1, new AddCheckpointRequest(grown, forkProof, forged)).statusCode()).isEqualTo(422);
            HttpResponse<String> conflict = post(port1, new AddCheckpointRequest(1, List.of(), forged));
            assertThat(conflict.statusCode()).isEqualTo(409);
            assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/x.tlog.size"));
            assertThat(conflict.body()).isEqualTo(grown + "\n");
            NoteSigner impostor = NoteKeys.signer(NoteKeys.generateSignerKey(ORIGIN), BouncyCastleEd25519.INSTANCE);
            SignedNote badlySigned = SignedNote.sign(forged.text(), List.of(impostor));
            assertThat(post(port1, new AddCheckpointRequest(grown, forkProof, badlySigned)).statusCode())
                    .isEqualTo(403);
            assertThat(witness1.latest(ORIGIN)).map(Checkpoint::size).contains(grown);
        } finally {
            server1.close();
            witness1.close();
            witness2.close();
        }
    }

    /** Appends {@code count} entries and waits (bounded) until /log/checkpoint covers them with every key's signature. */
    private static long appendAndAwaitCosigned(Server log, int count, List<NoteVerifier> keys) throws Exception {
        Ledger ledger = log.ledger();
        long last = 0;
        for (int i = 0; i < count; i++) {
            last = ledger.append(("entry " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)).join();
        }
        assertThat(ledger.checkpointCovering(last, java.time.Duration.ofSeconds(10))).isPresent();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            SignedNote note = SignedNote.parse(get(log.port(), "/log/checkpoint"));
            long size = Checkpoint.parse(note.text()).size();
            boolean allSigned = size > last && keys.stream().allMatch(key -> {
                try {
                    return note.verify(List.of(key)).size() == 1;
                } catch (RuntimeException e) {
                    return false;
                }
            });
            if (allSigned) {
                return size;
            }
            assertThat(System.nanoTime()).as("cosigned checkpoint covering leaf %d in time", last).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private PlatformConfig config(String witnesses) {
        return PlatformConfig.from(Settings.defaults()
                .with(Setting.DATA, dataDir.toString())
                .with(Setting.PORT, "0")
                .with(Setting.HOST, "127.0.0.1")
                .with(Setting.LOG_ORIGIN, ORIGIN)
                .with(Setting.LOG_WITNESSES, witnesses)
                .with(Setting.LOG_WITNESS_QUORUM, "2"));
    }

    private static NoteVerifier verifier(String vkey) {
        return NoteKeys.verifier(vkey, BouncyCastleEd25519.INSTANCE);
    }

    private static String get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpResponse<String> post(int port, AddCheckpointRequest request) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/add-checkpoint"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.encode())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
