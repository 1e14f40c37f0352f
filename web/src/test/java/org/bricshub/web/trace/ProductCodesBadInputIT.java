package org.bricshub.web.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bricshub.web.trace.TraceFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input of issue 3 answers problem+json naming the field and the rule, and leaves nothing behind. */
class ProductCodesBadInputIT {
    static final String GTIN = "09506000134352";
    @TempDir
    static Path dataDir;
    static TraceFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new TraceFixture(dataDir);
        f.product(GTIN);
        f.batch(f.ownerA, GTIN, "{\"lot\":\"TAKEN\",\"count\":10}");
        f.batch(f.ownerA, GTIN, "{\"lot\":\"HUGE\",\"count\":20001}");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void product_wrongCheckDigit_names_gtin_and_checkDigit() {
        assertProblem(f.product("09506000134353"), 400, "gtin", "check-digit");
    }

    @Test
    void product_gtinOfAnotherOrganisationsPrefix_names_gtin() {
        assertProblem(f.t.postJson("/api/products", f.ownerB,
                "{\"gtin\":\"09506000134369\",\"name\":{\"en\":\"Tea\"}}"), 400, "gtin", "company prefix");
    }

    @Test
    void product_readerKey_isForbidden() {
        HttpResponse<String> r = f.t.postJson("/api/products", f.readerA, "{\"gtin\":\"09506000134369\",\"name\":{\"en\":\"Tea\"}}");
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void product_unknownLanguage_names_theField() {
        assertProblem(f.t.postJson("/api/products", f.ownerA, "{\"gtin\":\"09506000134369\",\"name\":{\"xx\":\"Tea\"}}"),
                400, "name.xx", "language");
    }

    @Test
    void product_duplicate_is409_naming_gtin() {
        assertProblem(f.product(GTIN), 409, "gtin", "must be new");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lot over 20 characters       | {\"lot\":\"ABCDEFGHIJKLMNOPQRSTU\",\"count\":5}       | lot            | length",
        "lot character outside AI-82  | {\"lot\":\"LOT 1\",\"count\":5}                       | lot            | character-set",
        "lot non-ASCII                | {\"lot\":\"批次\",\"count\":5}                          | lot            | character-set",
        "count zero                   | {\"lot\":\"Z1\",\"count\":0}                          | count          | at least 1",
        "count over the limit         | {\"lot\":\"Z2\",\"count\":2000001}                    | count          | at most 2000000",
        "expiry not a date            | {\"lot\":\"Z3\",\"count\":5,\"expiry\":\"271340\"}      | expiry         | date",
        "serial outside AI-82         | {\"lot\":\"Z4\",\"serials\":[\"ok\",\"not ok\"]}        | serials[1]     | character-set",
        "unknown serial format        | {\"lot\":\"Z5\",\"count\":5,\"serialFormat\":\"hex\"}   | serialFormat   | digits",
    })
    void batch_badInput_namesFieldAndRule_andLeavesNoBatch(String name, String body, String field, String rule)
            throws Exception {
        assertProblem(f.batch(f.ownerA, GTIN, body), 400, field, rule);
        String lot = TraceFixture.JSON.readTree(body).get("lot").asText();
        assertThat(f.t.get("/api/products/" + GTIN + "/batches/" + java.net.URLEncoder.encode(lot,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), null).statusCode()).isEqualTo(404);
    }

    @Test
    void batch_duplicateLot_is409_naming_lot() {
        assertProblem(f.batch(f.ownerA, GTIN, "{\"lot\":\"TAKEN\",\"count\":5}"), 409, "lot", "must be new");
    }

    @Test
    void batch_importWithARepeatedSerial_failsWhole() {
        assertProblem(f.batch(f.ownerA, GTIN, "{\"lot\":\"REPEAT\",\"serials\":[\"S1\",\"S2\",\"S1\"]}"), 409, "serials",
                "repeat");
        assertThat(f.t.get("/api/products/" + GTIN + "/batches/REPEAT", null).statusCode()).isEqualTo(404);
    }

    @Test
    void batch_byAnotherOrganisation_isForbidden() {
        assertThat(f.batch(f.ownerB, GTIN, "{\"lot\":\"THEIRS\",\"count\":5}").statusCode()).isEqualTo(403);
    }

    @Test
    void codes_badParameters_areNamed() {
        String base = "/api/products/" + GTIN + "/batches/TAKEN/codes";
        assertThat(f.download(f.ownerA, base + "?format=gif").statusCode()).isEqualTo(400);
        assertThat(f.download(f.ownerA, base + "?from=10").statusCode()).isEqualTo(400);
        assertThat(f.download(f.ownerA, base + "?count=11").statusCode()).isEqualTo(400);
        assertThat(f.download(f.ownerA, base + "?format=png&count=1&ec=X").statusCode()).isEqualTo(400);
        assertThat(f.download(f.ownerA, base + "?format=pdf&layout=a5").statusCode()).isEqualTo(400);
        String huge = "/api/products/" + GTIN + "/batches/HUGE/codes";
        assertThat(f.download(f.ownerA, huge + "?format=pdf").statusCode()).isEqualTo(400);
        assertThat(f.download(f.ownerA, huge + "?format=png").statusCode()).isEqualTo(400);
        assertThat(f.download(f.ownerA, huge + "?format=pdf&from=20000").statusCode()).isEqualTo(200);
    }

    @Test
    void check_notADigitalLink_names_uri() {
        assertProblem(f.t.get("/api/codes/check?uri=hello", null), 400, "uri", "");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field, String rule) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("rule").asText()).contains(rule);
    }
}
