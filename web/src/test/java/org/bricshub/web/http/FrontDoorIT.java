package org.bricshub.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bricshub.web.TestServer;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shortcut's answers, and what it leaves to the routes: declined requests, other methods, bodies, rate limits. */
class FrontDoorIT {
    @TempDir
    static Path dir;
    static TestServer t;
    static final ShortcutRoutes ROUTES = new ShortcutRoutes();

    /** Routes at {@code /fast/{x}}; their shortcut answers {@code /fast/yes…} with a 307. */
    static final class ShortcutRoutes implements Routes, Shortcut {
        final AtomicInteger asked = new AtomicInteger();
        final AtomicInteger sent = new AtomicInteger();

        @Override
        public void register(ApiRouter router) {
            router.plain(HandlerType.GET, "/fast/{x}", ctx -> ctx.result("routed " + ctx.pathParam("x")));
            router.plain(HandlerType.POST, "/fast/{x}", ctx -> ctx.result("posted " + ctx.pathParam("x")));
        }

        @Override
        public List<Shortcut> shortcuts() {
            return List.of(this);
        }

        @Override
        public Map<String, String> fixedHeaders() {
            return Map.of("X-Fixed", "always");
        }

        @Override
        public Answer answer(RequestView request) {
            asked.incrementAndGet();
            if (!request.path().startsWith("/fast/yes")) {
                return null;
            }
            return new Answer(307, "/fast/{x}", List.of(Map.entry("Location", "https://target.example/"
                    + request.queryParam("to"))), sent::incrementAndGet);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        t = TestServer.start(dir, 100_000, List.of(ROUTES));
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void shortcut_answersAheadOfTheRoutes_withTheSecurityAndFixedHeaders() {
        int sent = ROUTES.sent.get();
        HttpResponse<String> r = t.get("/fast/yes?to=a%20b", null);
        assertThat(r.statusCode()).isEqualTo(307);
        assertThat(r.headers().firstValue("Location")).hasValue("https://target.example/a b");
        assertThat(r.headers().firstValue("X-Fixed")).hasValue("always");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(RequestGuards.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Content-Length")).hasValue("0");
        assertThat(r.body()).isEmpty();
        assertThat(ROUTES.sent.get()).isEqualTo(sent + 1);

        HttpResponse<String> head = t.send(HttpRequest.newBuilder(t.uri("/fast/yes"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(307);
    }

    @Test
    void declined_goesToTheRoutes() {
        int sent = ROUTES.sent.get();
        HttpResponse<String> r = t.get("/fast/no", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("routed no");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(RequestGuards.CSP);
        assertThat(ROUTES.sent.get()).isEqualTo(sent);
    }

    @Test
    void otherMethodsAndRequestBodies_neverReachTheShortcut() {
        int asked = ROUTES.asked.get();
        HttpResponse<String> post = t.send(HttpRequest.newBuilder(t.uri("/fast/yes"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(post.body()).isEqualTo("posted yes");
        HttpResponse<String> getWithBody = t.send(HttpRequest.newBuilder(t.uri("/fast/yes"))
                .method("GET", HttpRequest.BodyPublishers.ofString("a body")));
        assertThat(getWithBody.statusCode()).isEqualTo(200);
        assertThat(getWithBody.body()).isEqualTo("routed yes");
        assertThat(ROUTES.asked.get()).isEqualTo(asked);
    }

    @Test
    void metrics_countShortcutAnswersUnderTheRouteTemplate() {
        t.get("/fast/yes", null);
        assertThat(t.get("/metrics", null).body())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*route=\"/fast/\\{x}\",status=\"307\"");
    }

    @Test
    void rateLimit_refusedShortcutRequests_get429FromTheRoutes_andAreNeverSent(@TempDir Path slowDir) throws Exception {
        ShortcutRoutes routes = new ShortcutRoutes();
        try (TestServer slow = TestServer.start(slowDir, 2, List.of(routes))) {
            HttpResponse<String> last = null;
            int redirects = 0;
            for (int i = 0; i < 10 && (last == null || last.statusCode() != 429); i++) {
                last = slow.get("/fast/yes", null);
                redirects += last.statusCode() == 307 ? 1 : 0;
            }
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(last.headers().firstValue("Retry-After")).isPresent();
            assertThat(routes.sent.get()).isEqualTo(redirects).isPositive();
        }
    }
}
