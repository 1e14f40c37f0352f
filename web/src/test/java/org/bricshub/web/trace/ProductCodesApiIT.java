package org.bricshub.web.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bricshub.web.trace.TraceFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bricshub.gs1.Gln;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductCodesApiIT {
    static final String GTIN = "09506000134352";
    @TempDir
    static Path dataDir;
    static TraceFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new TraceFixture(dataDir);
        assertThat(f.product(GTIN).statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void getProduct_asJsonAndAsGs1WebVocabularyJsonLd() throws Exception {
        JsonNode plain = json(f.t.get("/api/products/" + GTIN, null));
        assertThat(plain.get("name").get("zh").asText()).isEqualTo("铁观音");
        assertThat(plain.get("defaultLanguage").asText()).isEqualTo("zh");
        HttpResponse<String> ld = f.t.send(java.net.http.HttpRequest.newBuilder(f.t.uri("/api/products/" + GTIN))
                .header("Accept", "application/ld+json"));
        assertThat(ld.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode doc = json(ld);
        assertThat(doc.get("@type").asText()).isEqualTo("Product");
        assertThat(doc.get("@id").asText()).isEqualTo("https://codes.example.org/01/" + GTIN);
        assertThat(doc.get("productName").toString()).contains("\"@language\":\"zh\"");
        assertThat(doc.get("brand").get("brandName").asText()).isEqualTo("Anxi");
    }

    @Test
    void createLocation_underOwnPrefix_isServed() {
        String gln = Gln.withCheckDigit("950600000001").value();
        HttpResponse<String> created = f.t.postJson("/api/locations", f.ownerA, "{\"gln\":\"" + gln
                + "\",\"name\":{\"zh\":\"安溪茶园\",\"en\":\"Anxi tea garden\"},\"country\":\"CN\",\"lat\":25.06,"
                + "\"lon\":118.18,\"address\":{\"addressLocality\":\"Anxi\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode got = json(f.t.get("/api/locations/" + gln, null));
        assertThat(got.get("address").get("addressLocality").asText()).isEqualTo("Anxi");
        assertThat(got.get("lat").asDouble()).isEqualTo(25.06);
    }

    @Test
    void issueBatch_returnsTemplate_andEveryCsvCodeChecksGenuine() throws Exception {
        HttpResponse<String> created = f.batch(f.ownerA, GTIN, "{\"lot\":\"L2026-01\",\"count\":500,\"expiry\":\"271231\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode batch = json(created);
        assertThat(batch.get("lot").asText()).isEqualTo("L2026-01");
        assertThat(batch.get("count").asLong()).isEqualTo(500);
        assertThat(batch.get("uriTemplate").asText())
                .isEqualTo("https://codes.example.org/01/" + GTIN + "/10/L2026-01/21/{serial}");

        HttpResponse<byte[]> csv = f.download(f.ownerA, "/api/products/" + GTIN + "/batches/L2026-01/codes?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("uri,gtin,lot,serial,expiry");
        assertThat(lines).hasSize(501);
        Set<String> serials = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertThat(cells[0]).isEqualTo("https://codes.example.org/01/" + GTIN + "/10/L2026-01/21/" + cells[3]);
            assertThat(cells[3]).matches("[0-9]{16}");
            assertThat(cells[4]).isEqualTo("271231");
            serials.add(cells[3]);
        }
        assertThat(serials).hasSize(500);
        String first = lines.get(1).split(",")[0];
        JsonNode check = f.check(first);
        assertThat(check.get("genuine").asBoolean()).isTrue();
        assertThat(check.get("state").asText()).isEqualTo("commissioned");
        assertThat(check.get("lot").asText()).isEqualTo("L2026-01");

        // a page of the batch is the same codes
        List<String> page = new String(f.download(f.ownerA, "/api/products/" + GTIN
                + "/batches/L2026-01/codes?from=10&count=5").body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(page.subList(1, 6)).isEqualTo(lines.subList(11, 16));
    }

    @Test
    void check_guessedOrAlteredSerial_isNotGenuine() {
        f.batch(f.ownerA, GTIN, "{\"lot\":\"GUESS\",\"count\":1000}");
        String uri = "https://codes.example.org/01/" + GTIN + "/10/GUESS/21/";
        int genuine = 0;
        for (int i = 0; i < 50; i++) {
            genuine += f.check(uri + String.format("%016d", i * 7919L)).get("genuine").asBoolean() ? 1 : 0;
        }
        assertThat(genuine).isZero();
        assertThat(f.check(uri + "12345").get("genuine").asBoolean()).isFalse();
        assertThat(f.check("https://codes.example.org/01/" + GTIN + "/10/NOSUCHLOT/21/1").get("genuine").asBoolean()).isFalse();
    }

    @Test
    void changeState_isReportedByCheck() {
        f.batch(f.ownerA, GTIN, "{\"lot\":\"STATE\",\"count\":3}");
        String uri = new String(f.download(f.ownerA, "/api/products/" + GTIN + "/batches/STATE/codes?count=1").body(),
                StandardCharsets.UTF_8).lines().toList().get(1).split(",")[0];
        HttpResponse<String> changed = f.t.postJson("/api/codes/state", f.ownerA,
                "{\"uri\":\"" + uri + "\",\"state\":\"recalled\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(f.check(uri).get("state").asText()).isEqualTo("recalled");
        assertThat(f.t.postJson("/api/codes/state", f.ownerB, "{\"uri\":\"" + uri + "\",\"state\":\"sold\"}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void importSerials_storesRowsAndChecksThem() {
        HttpResponse<String> created = f.batch(f.ownerA, GTIN, "{\"lot\":\"OWN\",\"serials\":[\"A-1\",\"A-2\",\"B/3\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("count").asLong()).isEqualTo(3);
        List<String> lines = new String(f.download(f.ownerA, "/api/products/" + GTIN + "/batches/OWN/codes").body(),
                StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith("https://codes.example.org/01/" + GTIN + "/10/OWN/21/B%2F3,");
        assertThat(f.check("https://codes.example.org/01/" + GTIN + "/10/OWN/21/A-2").get("genuine").asBoolean()).isTrue();
        assertThat(f.check("https://codes.example.org/01/" + GTIN + "/10/OWN/21/A-3").get("genuine").asBoolean()).isFalse();
    }

    @Test
    void codes_ofAnotherOrganisation_areForbidden() {
        f.batch(f.ownerA, GTIN, "{\"lot\":\"PRIVATE\",\"count\":3}");
        assertThat(f.download(f.ownerB, "/api/products/" + GTIN + "/batches/PRIVATE/codes").statusCode()).isEqualTo(403);
        assertThat(f.download(f.readerA, "/api/products/" + GTIN + "/batches/PRIVATE/codes").statusCode()).isEqualTo(200);
    }

    @Test
    void csvOfAMillionCodes_streams() throws Exception {
        f.batch(f.ownerA, GTIN, "{\"lot\":\"BIG\",\"count\":1000000}");
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                f.t.uri("/api/products/" + GTIN + "/batches/BIG/codes?format=csv"))
                .header("Authorization", "Bearer " + f.ownerA).build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().count()).isEqualTo(1_000_001);
    }

    @Test
    void openApiDocument_listsTheContract() {
        String doc = f.t.get("/api/openapi.json", null).body();
        assertThat(doc).contains("/api/locations", "/api/products", "/api/products/{gtin}/batches",
                "/api/products/{gtin}/batches/{lot}/codes", "/api/codes/check");
    }
}
