package org.bricshub.web.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console forms: register a product or a location and issue a batch with an API key typed into the form. */
class CodeConsoleIT {
    @TempDir
    static Path dataDir;
    static TraceFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new TraceFixture(dataDir);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void page_hasBothFormsInTheReadersLanguage() {
        String body = f.t.get("/console/codes?lang=ru", null).body();
        assertThat(body).contains("Консоль кодов товаров", "id=\"product-form\"", "id=\"location-form\"",
                "id=\"batch-form\"", "Зарегистрировать место");
    }

    @Test
    void registerProduct_thenIssueCodes_downloadsTheCsv() {
        HttpResponse<String> created = post("/console/products?lang=en", Map.of("key", f.ownerA,
                "gtin", "9506000134376", "language", "sw", "name", "Chai ya Anxi", "brand", "Anxi"));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("Product 09506000134376 is registered.");
        assertThat(f.check("https://x.example/01/09506000134376/10/C1/21/1").get("genuine").asBoolean()).isFalse();

        HttpResponse<String> csv = post("/console/batches", Map.of("key", f.ownerA, "gtin", "09506000134376",
                "lot", "C1", "count", "25", "expiry", "281231", "format", "csv"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("09506000134376_C1.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(26);
        assertThat(f.check(lines.get(5).split(",")[0]).get("genuine").asBoolean()).isTrue();
    }

    @Test
    void registerProductWithMasterData_isServedByTheApi() throws Exception {
        HttpResponse<String> created = post("/console/products?lang=zh", Map.of("key", f.ownerA,
                "gtin", "9506000134390", "language", "zh", "name", "安溪铁观音", "description", "清香型乌龙茶",
                "gpc", "10000115", "countryOfOrigin", "cn", "netContent", "250", "netContentUnit", "GRM"));
        assertThat(created.statusCode()).isEqualTo(200);
        String product = f.t.get("/api/products/09506000134390", null).body();
        assertThat(product).contains("安溪铁观音", "清香型乌龙茶", "10000115", "CN", "250", "GRM");
    }

    @Test
    void registerLocation_isServedByTheApi_andBadCoordinatesAreNamed() {
        HttpResponse<String> created = post("/console/locations?lang=en", Map.of("key", f.ownerA,
                "gln", "9506000000121", "language", "en", "name", "Anxi tea garden", "country", "cn",
                "addressLocality", "Anxi, Fujian", "lat", "25.0553", "lon", "118.1860"));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("Location 9506000000121 is registered.");
        assertThat(f.t.get("/api/locations/9506000000121", null).body())
                .contains("Anxi tea garden", "Anxi, Fujian", "25.0553", "118.186");

        HttpResponse<String> badLat = post("/console/locations?lang=en", Map.of("key", f.ownerA,
                "gln", "9506000000138", "language", "en", "name", "Nowhere", "country", "CN", "lat", "91", "lon", "0"));
        assertThat(badLat.statusCode()).isEqualTo(400);
        assertThat(badLat.body()).contains("id=\"error\"", "lat");
        HttpResponse<String> notNumber = post("/console/locations?lang=en", Map.of("key", f.ownerA,
                "gln", "9506000000138", "language", "en", "name", "Nowhere", "country", "CN", "lat", "north"));
        assertThat(notNumber.statusCode()).isEqualTo(400);
        assertThat(f.t.get("/api/locations/9506000000138", null).statusCode()).isEqualTo(404);
    }

    @Test
    void badKeyOrBadInput_reRendersTheFormWithTheReason() {
        HttpResponse<String> badKey = post("/console/products?lang=en", Map.of("key", "bh_nope", "gtin",
                "9506000134383", "language", "en", "name", "Tea"));
        assertThat(badKey.statusCode()).isEqualTo(401);
        assertThat(badKey.body()).contains("id=\"error\"", "Not done:");
        HttpResponse<String> badLot = post("/console/batches?lang=en", Map.of("key", f.ownerA, "gtin", "09506000134352",
                "lot", "NOT A LOT", "count", "5", "format", "csv"));
        assertThat(badLot.statusCode()).isIn(400, 404);
        assertThat(badLot.body()).contains("id=\"error\"");
    }

    private static HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return f.t.send(HttpRequest.newBuilder(f.t.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
