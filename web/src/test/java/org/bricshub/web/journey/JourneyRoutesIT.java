package org.bricshub.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.bricshub.journey.AnxiScenario;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.InclusionProof;
import org.bricshub.merkle.SignedNote;
import org.bricshub.merkle.TreeHash;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journey's HTTP surface: public event JSON and proofs of shown events only, the publication API, bad input. */
class JourneyRoutesIT {
    @TempDir static Path dir;
    static JourneyServer s;
    static String owner;

    @BeforeAll
    static void start() throws Exception {
        s = new JourneyServer(dir);
        owner = s.key("Anxi Tea", "owner");
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JourneyServer.JSON.readTree(response.body());
    }

    private static HttpResponse<String> put(String path, String key, String body) {
        return s.t.send(HttpRequest.newBuilder(s.t.uri(path)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The event keys of the page's steps, in order. */
    private static java.util.List<String> pageKeys() {
        var page = s.t.get(JourneyServer.ITEM_PATH + "?lang=en", null);
        assertThat(page.statusCode()).isEqualTo(200);
        return java.util.regex.Pattern.compile("data-event-key=\"([0-9a-f]{64})\"").matcher(page.body()).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void eventJsonAndProof_recomputeToTheLogEntry() throws Exception {
        String key = pageKeys().get(0);
        var body = s.t.get("/journey/events/" + key + ".json", null);
        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(body.headers().firstValue("Cache-Control")).contains("public, max-age=300");
        JsonNode proof = json(s.t.get("/journey/events/" + key + "/proof", null));
        String hashId = "ni:///sha-256;" + key + "?ver=CBV2.0";
        String entry = "bricshub/epcis-event/v1\n" + hashId + "\n" + HexFormat.of().formatHex(MessageDigest
                .getInstance("SHA-256").digest(body.body().getBytes(StandardCharsets.UTF_8))) + "\n";
        assertThat(Base64.getDecoder().decode(proof.get("entry").asText())).isEqualTo(entry.getBytes(StandardCharsets.UTF_8));
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(proof.get("checkpoint").asText()).text());
        var hashes = new java.util.ArrayList<Hash>();
        proof.get("inclusion").get("hashes").forEach(h -> hashes.add(Hash.fromBase64(h.asText())));
        new InclusionProof(proof.get("leafIndex").asLong(), proof.at("/inclusion/size").asLong(), hashes)
                .verify(TreeHash.leaf(entry.getBytes(StandardCharsets.UTF_8)), checkpoint.rootHash());
    }

    @Test
    void eventJson_ofAnEventNoJourneyShows_is404() {
        pageKeys();
        String hidden = s.scenario.hashIds.stream().map(h -> h.substring(14, 78))
                .filter(k -> !pageKeys().contains(k)).findFirst().orElseThrow();
        assertThat(s.t.get("/journey/events/" + hidden + ".json", null).statusCode()).isEqualTo(404);
        assertThat(s.t.get("/journey/events/" + hidden + "/proof", null).statusCode()).isEqualTo(404);
        assertThat(s.t.get("/journey/events/" + hidden, null).statusCode()).isEqualTo(404);
        assertThat(s.t.get("/journey/events/NOT-HEX.json", null).statusCode()).isEqualTo(400);
    }

    @Test
    void publication_putAndGetByOwner_changesThePage() throws Exception {
        String path = "/api/products/" + AnxiScenario.GTIN + "/publication";
        assertThat(json(s.t.get(path, owner)).get("default").asBoolean()).isTrue();
        var set = put(path, owner, "{\"bizSteps\": [\"retail_selling\", \"receiving\"]}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(json(set).get("bizSteps").toString()).isEqualTo("[\"receiving\",\"retail_selling\"]");
        assertThat(pageKeys()).hasSize(2);
        String first = pageKeys().get(0);
        assertThat(put("/api/journey/events/" + first + "/publication", owner, "{\"published\": false}").statusCode())
                .isEqualTo(204);
        assertThat(pageKeys()).hasSize(1).doesNotContain(first);
        assertThat(put("/api/journey/events/" + first + "/publication", owner, "{\"published\": null}").statusCode())
                .isEqualTo(204);
        assertThat(put(path, owner, "{\"bizSteps\": null}").statusCode()).isEqualTo(200);
        assertThat(pageKeys()).hasSize(AnxiScenario.PUBLISHED_STEPS);
    }

    @Test
    void publication_badInput() {
        String path = "/api/products/" + AnxiScenario.GTIN + "/publication";
        assertThat(s.t.get(path, null).statusCode()).isEqualTo(401);
        assertThat(put(path, s.key("Xiamen Freight", "owner"), "{\"bizSteps\": [\"shipping\"]}").statusCode())
                .isEqualTo(403);
        assertThat(put(path, s.key("Anxi Tea", "reader"), "{\"bizSteps\": [\"shipping\"]}").statusCode())
                .isEqualTo(403);
        var bad = put(path, owner, "{\"bizSteps\": [\"ship it\"]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("bizSteps");
        assertThat(put(path, owner, "{\"steps\": []}").statusCode()).isEqualTo(400);
        assertThat(put(path, owner, "{\"bizSteps\": [null]}").statusCode()).isEqualTo(400);
        assertThat(put("/api/products/09506000000999/publication", owner, "{\"bizSteps\": null}").statusCode())
                .isIn(400, 404);
        assertThat(put("/api/journey/events/xyz/publication", owner, "{\"published\": true}").statusCode())
                .isEqualTo(400);
        assertThat(put("/api/journey/events/" + "0".repeat(64) + "/publication", owner, "{\"published\": true}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void page_badLinks() {
        assertThat(s.t.get("/journey/01/09506000000016/10/L1/21/S1", null).statusCode()).isEqualTo(400);
        assertThat(s.t.get("/journey/01/09506000000015/10/L1", null).statusCode()).isEqualTo(400);
        assertThat(s.t.get("/journey/01/09506000000015/10/L1/21/NOPE", null).statusCode()).isEqualTo(404);
    }
}
