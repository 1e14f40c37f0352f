package org.bricshub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a request can be wrong gets its status and a problem document naming the broken rule. */
class ProblemsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServerExtension SERVER = new TestServerExtension(10_000, () -> List.of(router -> router.plain(HandlerType.GET, "/boom", ctx -> {
            throw new IllegalStateException("secret internal detail");
        })));
    static TestServer t;

    @BeforeAll
    static void server() {
        t = SERVER.get();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON|{\"name\":|400|malformed JSON",
            "unknown field|{\"name\":\"A\",\"country\":\"CN\",\"kind\":\"customs\",\"colour\":1}|400|colour: unknown field",
            "wrong type|{\"name\":\"A\",\"country\":\"CN\",\"kind\":\"customs\",\"prefixes\":\"123\"}|400|prefixes",
            "bad country|{\"name\":\"A\",\"country\":\"China\",\"kind\":\"customs\"}|400|country: must be an ISO 3166-1",
            "bad kind|{\"name\":\"A\",\"country\":\"CN\",\"kind\":\"farm\"}|400|kind: must be one of",
            "bad prefix|{\"name\":\"A\",\"country\":\"CN\",\"kind\":\"customs\",\"prefixes\":[\"12a4\"]}|400|prefixes/0",
            "JSON null|null|400|body"})
    void createOrganisation_badBody_400NamesRule(String name, String body, int status, String detail) throws Exception {
        HttpResponse<String> r = t.postJson("/api/admin/orgs", t.adminKey, body);
        assertProblem(r, status, detail);
    }

    @Test
    void noKey_401() throws Exception {
        assertProblem(t.get("/api/admin/orgs", null), 401, "API key is required");
    }

    @Test
    void unknownKey_401() throws Exception {
        assertProblem(t.get("/api/admin/orgs", "bh_" + "A".repeat(43)), 401, "not known");
    }

    @Test
    void unknownRoute_404() throws Exception {
        assertProblem(t.get("/api/nothing/here", null), 404, "/api/nothing/here");
    }

    @Test
    void wrongMethod_405() throws Exception {
        HttpResponse<String> r = t.send(HttpRequest.newBuilder(t.uri("/health")).DELETE());
        assertProblem(r, 405, "DELETE");
    }

    @Test
    void oversizedBody_413() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}";
        assertProblem(t.postJson("/api/admin/orgs", t.adminKey, big), 413, "limit");
    }

    @Test
    void wrongContentType_415() throws Exception {
        HttpResponse<String> r = t.send(HttpRequest.newBuilder(t.uri("/api/admin/orgs"))
                .header("Authorization", "Bearer " + t.adminKey).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=A")));
        assertProblem(r, 415, "application/json");
    }

    @Test
    void unexpectedFailure_500WithoutInternals() throws Exception {
        HttpResponse<String> r = t.get("/boom", null);
        assertProblem(r, 500, "logged");
        assertThat(r.body()).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
    }

    @Test
    void rateLimit_429WithRetryAfter(@TempDir Path slowDir) throws Exception {
        try (TestServer slow = TestServer.start(slowDir, 2, List.of())) {
            HttpResponse<String> last = null;
            for (int i = 0; i < 10 && (last == null || last.statusCode() != 429); i++) {
                last = slow.get("/health", null);
            }
            assertProblem(last, 429, "rate limit");
            assertThat(last.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void everyAnswer_carriesSecurityHeaders() {
        HttpResponse<String> r = t.get("/health", null);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
    }

    static void assertProblem(HttpResponse<String> r, int status, String detailPart) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).startsWith("/problems/");
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).contains(detailPart);
        assertThat(p.has("instance")).isTrue();
    }
}
