package org.bricshub.web.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.ConsistencyProof;
import org.bricshub.merkle.Ed25519;
import org.bricshub.merkle.EntryBundle;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.InclusionProof;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.SignedNote;
import org.bricshub.merkle.TreeHash;
import org.bricshub.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client that trusts only the log's public key checks what the server's tlog-tiles routes answer. */
class LogRoutesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ENTRIES = 300;
    @TempDir
    static Path dir;
    static TestLog log;
    static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        log = TestLog.withEntries(dir, ENTRIES);
        t = TestServer.start(dir.resolve("data"), 10_000, List.of(new LogRoutes(log.ledger())));
    }

    @AfterAll
    static void stop() throws Exception {
        t.close();
        log.close();
    }

    @Test
    void checkpoint_isSignedByTheKeyAtLogKey() {
        String[] key = t.get("/log/key", null).body().split("\n");
        assertThat(key[0]).isEqualTo(TestLog.ORIGIN);
        HttpResponse<String> r = t.get("/log/checkpoint", null);
        assertThat(r.headers().firstValue("Cache-Control")).contains("public, max-age=1");
        SignedNote note = SignedNote.parse(r.body());
        assertThat(note.verify(List.of(NoteKeys.verifier(key[1], Ed25519.jdk())))).hasSize(1);
        assertThat(Checkpoint.parse(note.text()).size()).isEqualTo(ENTRIES);
    }

    @Test
    void tiles_rebuildTheRootAndAreImmutable() throws Exception {
        HttpResponse<byte[]> full = bytes("/log/tile/0/000");
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Cache-Control")).contains(LogRoutes.IMMUTABLE);
        HttpResponse<byte[]> partial = bytes("/log/tile/0/001.p/44");
        assertThat(partial.body()).hasSize(44 * 32);
        HttpResponse<byte[]> entries = bytes("/log/tile/entries/001.p/44");
        List<byte[]> bundle = EntryBundle.decode(entries.body()).entries();
        assertThat(new String(bundle.get(0), StandardCharsets.UTF_8)).isEqualTo("entry 256");

        List<Hash> leaves = new ArrayList<>();
        for (byte[] tile : List.of(full.body(), partial.body())) {
            for (int i = 0; i < tile.length; i += 32) {
                leaves.add(Hash.of(tile, i));
            }
        }
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(t.get("/log/checkpoint", null).body()).text());
        assertThat(TreeHash.root(leaves)).isEqualTo(checkpoint.rootHash());
    }

    @Test
    void badTilePaths_400AndBeyondTree_404() {
        assertThat(t.get("/log/tile/0/1", null).statusCode()).isEqualTo(400);
        assertThat(t.get("/log/tile/0/001.p/300", null).statusCode()).isEqualTo(400);
        assertThat(t.get("/log/tile/0/002", null).statusCode()).isEqualTo(404);
        assertThat(t.get("/log/tile/0/001", null).statusCode()).as("full tile not yet there").isEqualTo(404);
        HttpResponse<String> malformed = t.get("/log/tile/0/x000/001", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void proofs_verifyAgainstTheCheckpoint() throws Exception {
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(t.get("/log/checkpoint", null).body()).text());
        JsonNode inclusion = JSON.readTree(t.get("/api/log/proof/inclusion?index=257&size=" + ENTRIES, null).body());
        new InclusionProof(257, ENTRIES, hashes(inclusion)).verify(
                TreeHash.leaf("entry 257".getBytes(StandardCharsets.UTF_8)), checkpoint.rootHash());

        JsonNode consistency = JSON.readTree(t.get("/api/log/proof/consistency?from=100&to=" + ENTRIES, null).body());
        List<Hash> first100 = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            first100.add(TreeHash.leaf(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        new ConsistencyProof(100, ENTRIES, hashes(consistency)).verify(TreeHash.root(first100), checkpoint.rootHash());

        assertThat(t.get("/api/log/proof/inclusion?index=" + ENTRIES, null).statusCode()).isEqualTo(400);
        assertThat(t.get("/api/log/proof/inclusion?index=1&size=" + (ENTRIES + 1), null).statusCode()).isEqualTo(404);
        assertThat(t.get("/api/log/proof/consistency?from=x", null).statusCode()).isEqualTo(400);
    }

    private static List<Hash> hashes(JsonNode proof) {
        List<Hash> hashes = new ArrayList<>();
        proof.get("hashes").forEach(h -> hashes.add(Hash.fromBase64(h.asText())));
        return hashes;
    }

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(t.uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
