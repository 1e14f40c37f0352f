package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bricshub.platform.config.PlatformConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document and the routes the fully wired server registers agree, both ways. */
class OpenApiIT {
    @TempDir
    Path dataDir;

    @Test
    void document_listsExactlyTheJsonRoutes() throws Exception {
        PlatformConfig config = TestConfigs.local(dataDir);
        try (Server server = Server.start(config, Clock.systemUTC())) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode doc = new ObjectMapper().readTree(r.body());
            assertThat(doc.get("openapi").asText()).startsWith("3.1");

            Set<String> documented = new HashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                path.getValue().fieldNames().forEachRemaining(
                        method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
            }
            Set<String> jsonRoutes = server.routes().stream()
                    .filter(OpenApiIT::isJsonApi)
                    .collect(Collectors.toSet());
            assertThat(documented).as("documented operations").isNotEmpty().isEqualTo(jsonRoutes);
            doc.get("paths").forEach(ops -> ops.forEach(op -> {
                assertThat(op.get("summary").asText()).isNotBlank();
                assertThat(op.get("responses").has("default")).as("problem responses documented").isTrue();
            }));
        }
    }

    /**
     * JSON API routes: everything under /api/ (but the document itself), the health check, and the EPCIS REST
     * binding's operations (not OPTIONS, nor the event-by-ID routes whose percent-encoded IDs need a greedy path).
     */
    private static boolean isJsonApi(String route) {
        String path = route.substring(route.indexOf(' ') + 1);
        boolean epcis = path.startsWith("/epcis/") && !route.startsWith("OPTIONS ") && !path.contains("<");
        return path.startsWith("/api/") && !path.equals("/api/openapi.json") || path.equals("/health") || epcis;
    }
}
