package org.bricshub.web.scans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.bricshub.trace.Scan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scans recorded through the listener, then read back by their owner over the API and the console page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanRoutesIT {
    @TempDir
    static Path dir;
    private ScanFixture f;
    private String farApartSerial;

    @BeforeAll
    void start() throws Exception {
        f = new ScanFixture(dir);
        assertThat(f.serials).hasSize(3);
        f.scan(f.serials.get(0), "BR");
        f.scan(f.serials.get(0), "BR");
        farApartSerial = f.serials.get(1);
        f.scan(farApartSerial, "BR");
        f.scan(farApartSerial, "za");   // proxies may send lower case
        f.scan(f.serials.get(2), "XX");  // Cloudflare's "unknown"
        f.scan("123456789", null);      // well formed, never issued
        f.flush();
    }

    @AfterAll
    void stop() {
        f.close();
    }

    @Test
    void summary_owner_getsScansPerCountryAndDay() {
        HttpResponse<String> r = f.t.get("/api/scans/summary?gtin=" + ScanFixture.GTIN, f.readerA);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = ScanFixture.json(r);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(6);  // other tests add scans of unknown country
        assertThat(body.get("to").asText()).isEqualTo(today);
        assertThat(body.get("counts").get(0).toString())
                .isEqualTo("{\"day\":\"" + today + "\",\"country\":\"BR\",\"scans\":3}");
        assertThat(body.get("counts").get(1).toString())
                .isEqualTo("{\"day\":\"" + today + "\",\"country\":\"ZA\",\"scans\":1}");
        assertThat(body.get("counts").get(2).get("country").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another organisation's key | ownerB | gtin=09506000134352         | 403
            no key                     |        | gtin=09506000134352         | 401
            wrong check digit          | ownerA | gtin=09506000134353         | 400
            missing GTIN               | ownerA | days=3                      | 400
            days not a number          | ownerA | gtin=09506000134352&days=x  | 400
            days out of range          | ownerA | gtin=09506000134352&days=0  | 400
            GTIN under no prefix       | ownerA | gtin=09506020000002         | 404
            """)
    void summary_badCallerOrInput_isRefused(String name, String key, String query, int status) {
        HttpResponse<String> r = f.t.get("/api/scans/summary?" + query, key(key));
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void alerts_owner_seesFarApartAndNeverIssued() {
        JsonNode alerts = ScanFixture.json(f.t.get("/api/scans/alerts?gtin=" + ScanFixture.GTIN, f.ownerA)).get("alerts");
        assertThat(alerts).hasSize(2);
        assertThat(alerts.findValuesAsText("kind")).containsExactlyInAnyOrder("far_apart", "never_issued");
        assertThat(alerts.findValuesAsText("serial")).containsExactlyInAnyOrder(farApartSerial, "123456789");
        assertThat(ScanFixture.json(f.t.get("/api/scans/alerts", f.ownerA)).get("alerts")).hasSize(2);
        assertThat(ScanFixture.json(f.t.get("/api/scans/alerts", f.ownerB)).get("alerts")).isEmpty();
        assertThat(f.t.get("/api/scans/alerts?gtin=" + ScanFixture.GTIN, f.ownerB).statusCode()).isEqualTo(403);
        assertThat(f.t.get("/api/scans/alerts", null).statusCode()).isEqualTo(401);
    }

    @Test
    void place_soonAfterTheScan_isStoredRounded() throws Exception {
        String scanId = f.scan(f.serials.get(2), null);
        HttpResponse<String> r = f.place(scanId, "{\"lat\":-26.2041,\"lon\":28.0473}");
        assertThat(r.statusCode()).isEqualTo(202);
        f.flush();
        var stored = org.bricshub.platform.db.Transaction.run(f.t.db, c -> {
            try (var rs = c.createStatement().executeQuery(
                    "select lat_tenths, lon_tenths from scans where id = '" + scanId + "'")) {
                rs.next();
                return rs.getInt(1) + "," + rs.getInt(2);
            }
        });
        assertThat(stored).isEqualTo("-262,280");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a UUID            | not-a-scan | {"lat":1,"lon":2}       | 400 | scanId
            latitude out of range | RECENT     | {"lat":91,"lon":2}      | 400 | lat
            longitude missing     | RECENT     | {"lat":1}               | 400 | lon
            longitude a string    | RECENT     | {"lat":1,"lon":"east"}  | 400 | lon
            unknown member        | RECENT     | {"lat":1,"lon":2,"ip":1}| 400 | ip
            scan an hour old      | OLD        | {"lat":1,"lon":2}       | 400 | scanId
            """)
    void place_badInput_isRefusedNamingTheField(String name, String scanId, String body, int status, String field) {
        String id = switch (scanId) {
            case "RECENT" -> Scan.newId(Instant.now(), 7).toString();
            case "OLD" -> Scan.newId(Instant.now().minusSeconds(3600), 7).toString();
            default -> scanId;
        };
        HttpResponse<String> r = f.t.send(HttpRequest.newBuilder(f.t.uri("/api/scans/" + id + "/place"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", name)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(r.statusCode()).isIn(status, 429);
        if (r.statusCode() == status) {
            assertThat(r.body()).contains(field);
        }
    }

    @Test
    void place_notJson_is415() {
        HttpResponse<String> r = f.t.send(HttpRequest.newBuilder(f.t.uri("/api/scans/" + UUID.randomUUID() + "/place"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("lat=1")));
        assertThat(r.statusCode()).isIn(415, 429);
    }

    @Test
    void place_burstFromOneClient_is429() {
        int limited = 0;
        for (int i = 0; i < 12; i++) {
            limited += f.place(UUID.randomUUID().toString(), "{\"lat\":1,\"lon\":2}").statusCode() == 429 ? 1 : 0;
        }
        assertThat(limited).isGreaterThan(0);
    }

    @Test
    void listener_codeWithoutGtinOrBadCountry_recordsSafely() {
        assertThat(f.scan(f.serials.get(0), "1<")).isNotEqualTo("none");  // junk country: recorded without one
        HttpResponse<String> r = f.t.send(HttpRequest.newBuilder(f.t.uri("/01/" + ScanFixture.GTIN)));
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"zh,ltr,扫码分析", "ar,rtl,تحليلات المسح", "en,ltr,Scan analytics"})
    void console_owner_seesTheChartInTheirLanguage(String lang, String dir, String title) {
        HttpResponse<String> r = console(lang, f.ownerA, ScanFixture.GTIN);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<html lang=\"" + lang + "\" dir=\"" + dir + "\"", title, "<svg viewBox=",
                "<rect x=", "id=\"scan-alerts\"", farApartSerial);
        assertThat(r.body()).doesNotContain("style=", "<script");
    }

    @Test
    void console_anotherOrganisation_getsAnErrorAndNoChart() {
        HttpResponse<String> r = console("en", f.ownerB, ScanFixture.GTIN);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("id=\"error\"").doesNotContain("<svg viewBox=");
        assertThat(f.t.get("/console/scans?lang=fr", null).body()).contains("Analyse des scans", "id=\"scan-form\"");
    }

    private HttpResponse<String> console(String lang, String key, String gtin) {
        String form = "key=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&gtin=" + gtin + "&days=7";
        return f.t.send(HttpRequest.newBuilder(f.t.uri("/console/scans?lang=" + lang))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private String key(String name) {
        return name == null ? null : switch (name) {
            case "ownerA" -> f.ownerA;
            case "ownerB" -> f.ownerB;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
