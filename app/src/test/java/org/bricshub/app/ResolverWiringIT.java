package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolver as {@code serve} wires it: last among the routes, so that it shadows none of the others. */
class ResolverWiringIT {
    @TempDir
    Path dataDir;

    @Test
    void serve_resolvesDigitalLinks_andEveryOtherRootRouteStillAnswers() throws Exception {
        try (Server server = Server.start(TestConfigs.local(dataDir), Clock.systemUTC())) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            for (String path : new String[] {"/health", "/transfer", "/metrics", "/console/codes", "/console/links",
                "/log/checkpoint", "/static/site.css", "/.well-known/gs1resolver"}) {
                assertThat(get(http, base + path).statusCode()).as(path).isEqualTo(200);
            }
            assertThat(get(http, base + "/01/09506000134376").statusCode()).isEqualTo(404);
            assertThat(get(http, base + "/01/09506000134377").statusCode()).isEqualTo(400);
            assertThat(server.routes()).contains("GET /01/<path>", "HEAD /00/<path>", "OPTIONS /8004/<path>");
        }
    }

    private static HttpResponse<String> get(HttpClient http, String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
