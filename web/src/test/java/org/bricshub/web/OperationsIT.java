package org.bricshub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OperationsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServerExtension SERVER = new TestServerExtension();
    static TestServer t;

    @BeforeAll
    static void server() {
        t = SERVER.get();
    }

    @Test
    void health_reportsDatabase() throws Exception {
        HttpResponse<String> r = t.get("/health", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode h = JSON.readTree(r.body());
        assertThat(h.get("status").asText()).isEqualTo("UP");
        assertThat(h.get("checks").get("database").asText()).isEqualTo("UP");
    }

    @Test
    void metrics_haveRouteHistogramsAndJvm() {
        t.get("/health", null);
        HttpResponse<String> r = t.get("/metrics", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("http_server_requests_seconds_bucket{").contains("route=\"/health\"")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void gzip_whenAsked() {
        HttpResponse<String> r = t.send(HttpRequest.newBuilder(t.uri("/api/openapi.json"))
                .header("Accept-Encoding", "gzip"));
        assertThat(r.headers().firstValue("Content-Encoding")).contains("gzip");
    }
}
