package org.bricshub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.access.AdminBootstrap;
import org.bricshub.platform.access.PrefixAllocation;
import org.bricshub.platform.access.Administration;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.platform.org.PlatformRange;
import org.bricshub.i18n.Messages;
import org.bricshub.web.api.Routes;
import org.bricshub.web.pages.PageRoutes;
import org.bricshub.web.pages.Pages;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;
import org.bricshub.web.http.Metrics;
import org.bricshub.web.routes.AdminRoutes;
import org.bricshub.web.routes.HealthRoutes;
import org.bricshub.web.routes.MetricsRoutes;

/**
 * A real server for HTTP tests: a fresh embedded database, the platform services, the web server on a free port and
 * the operator's admin key; tests add their own routes.
 */
public final class TestServer implements AutoCloseable {
    private static final Pages PAGES = new Pages(Messages.load());
    /** The platform range of test servers: organisations without GS1 membership get sub-prefixes of it. */
    public static final PlatformRange PLATFORM_RANGE = new PlatformRange("690123");
    public final WebServer server;
    public final DataSource db;
    public final String adminKey;
    public final Administration admin;
    public final Authenticator authenticator;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestServer(WebServer server, DataSource db, String adminKey, Administration admin, Authenticator authenticator) {
        this.server = server;
        this.db = db;
        this.adminKey = adminKey;
        this.admin = admin;
        this.authenticator = authenticator;
    }

    public static TestServer start(Path dataDir, int ratePerSecond, List<Routes> extra) throws IOException {
        return start(dataDir, ratePerSecond, (db, authenticator) -> extra);
    }

    /** A server whose extra routes are built from its fresh database and authenticator. */
    public static TestServer start(Path dataDir, int ratePerSecond,
                                   BiFunction<DataSource, Authenticator, List<Routes>> extraRoutes) throws IOException {
        DataSource db = TestDatabase.fresh();
        Clock clock = Clock.systemUTC();
        Authenticator authenticator = new Authenticator(db, clock);
        Administration admin = new Administration(db, clock, new OrganisationStore(db), new AuditLog(db), authenticator);
        Path keyFile = AdminBootstrap.run(db, clock, dataDir, "Operator", "CN").orElseThrow();
        var json = JsonBodies.newMapper();
        var metrics = Metrics.newRegistry();
        List<Routes> routes = new ArrayList<>(List.of(
                new HealthRoutes(Map.of("database", () -> true)),
                new MetricsRoutes(metrics),
                new AdminRoutes(admin, new PrefixAllocation(db, clock, new OrganisationStore(db), new AuditLog(db),
                        Optional.of(PLATFORM_RANGE)), new Callers(authenticator), new JsonBodies(json)),
                new PageRoutes(PAGES)));
        routes.addAll(extraRoutes.apply(db, authenticator));
        WebServer server = WebServer.start(new WebSettings("127.0.0.1", 0, "http://localhost", 64 * 1024,
                ratePerSecond, ratePerSecond, "test"), json, metrics, PAGES.errorPage(), routes);
        return new TestServer(server, db, Files.readString(keyFile).strip(), admin, authenticator);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return send(b);
    }

    public HttpResponse<String> postJson(String path, String key, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return send(b);
    }

    /** Creates a brand owner in China holding {@code prefix}, with the admin key; its id. */
    public long brandOwner(String name, String prefix) {
        return organisation(name, "brand_owner", prefix);
    }

    /** Creates an organisation of {@code kind} (as the admin API names it) in China holding {@code prefix}; its id. */
    public long organisation(String name, String kind, String prefix) {
        return field(postJson("/api/admin/orgs", adminKey, "{\"name\":\"" + name + "\",\"country\":\"CN\","
                + "\"prefixes\":[\"" + prefix + "\"],\"kind\":\"" + kind + "\"}"), "id").asLong();
    }

    /** Issues an API key of organisation {@code orgId} with {@code role}, with the admin key; its secret. */
    public String issueKey(long orgId, String role) {
        return field(postJson("/api/admin/orgs/" + orgId + "/keys", adminKey, "{\"role\":\"" + role + "\"}"), "key")
                .asText();
    }

    private static JsonNode field(HttpResponse<String> created, String name) {
        if (created.statusCode() != 201) {
            throw new IllegalStateException("admin call failed: " + created.statusCode() + " " + created.body());
        }
        try {
            return new ObjectMapper().readTree(created.body()).get(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
