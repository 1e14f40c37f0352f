package org.bricshub.web.scans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.i18n.Messages;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.ScanAnalytics;
import org.bricshub.trace.ScanRecorder;
import org.bricshub.trace.SerialKeys;
import org.bricshub.web.TestServer;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.RequestView;
import org.bricshub.web.http.JsonBodies;
import org.bricshub.web.pages.Pages;
import org.bricshub.web.trace.TraceRoutes;

/**
 * A test server with the Product Code and scan routes, and a stand-in for the resolver at {@code /01/...} that calls
 * the scan listener and answers the scan's identifier. Brand owners A (prefix 9506000) and B (9506001).
 */
final class ScanFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final URI PUBLIC_URL = URI.create("https://codes.example.org");
    static final String GTIN = "09506000134352";
    final TestServer t;
    final String ownerA;
    final String readerA;
    final String ownerB;
    final List<String> serials = new ArrayList<>();
    private final AtomicReference<ScanRecorder> recorder = new AtomicReference<>();

    ScanFixture(Path dataDir) throws IOException {
        t = TestServer.start(dataDir, 100_000, (db, authenticator) -> {
            Clock clock = Clock.systemUTC();
            ProductCodes codes = new ProductCodes(db, clock, SerialKeys.openOrCreate(dataDir), PUBLIC_URL, 1000);
            recorder.set(ScanRecorder.start(db, codes, clock, 10_000));
            ScanRecording listener = new ScanRecording(recorder.get(), clock, Optional.of("CF-IPCountry"));
            Routes resolverStandIn = router -> router.plain(HandlerType.GET, "/01/<rest>", ctx -> {
                ctx.result(listener.scanned(RequestView.of(ctx), DigitalLink.parse(PUBLIC_URL + ctx.path()))
                        .map(Object::toString).orElse("none"));
            });
            var bodies = new JsonBodies(JsonBodies.newMapper());
            var callers = new Callers(authenticator);
            return List.of(new TraceRoutes(codes, callers, bodies, PUBLIC_URL), resolverStandIn,
                    new ScanRoutes(new ScanAnalytics(db, codes, clock), recorder.get(), callers, bodies,
                            new Pages(Messages.load()), authenticator));
        });
        long orgA = createOrg("Anxi Tea", "9506000");
        long orgB = createOrg("Durban Rooibos", "9506001");
        ownerA = key(orgA, "owner");
        readerA = key(orgA, "reader");
        ownerB = key(orgB, "owner");
        t.postJson("/api/products", ownerA, "{\"gtin\":\"" + GTIN + "\",\"name\":{\"zh\":\"铁观音\"},"
                + "\"defaultLanguage\":\"zh\"}");
        t.postJson("/api/products/" + GTIN + "/batches", ownerA, "{\"lot\":\"L1\",\"count\":3}");
        for (String line : t.get("/api/products/" + GTIN + "/batches/L1/codes?format=csv", ownerA).body().split("\n")) {
            if (line.contains("/21/")) {
                serials.add(line.substring(line.indexOf("/21/") + 4).split("[,\"]")[0]);
            }
        }
    }

    /** Opens the serial's Digital Link as a phone would, from {@code country} (or none); the scan's identifier. */
    String scan(String serial, String country) {
        HttpRequest.Builder b = HttpRequest.newBuilder(t.uri("/01/" + GTIN + "/10/L1/21/" + serial))
                .header("Accept-Language", "pt-BR,pt;q=0.9");
        if (country != null) {
            b.header("CF-IPCountry", country);
        }
        HttpResponse<String> response = t.send(b);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    void flush() throws InterruptedException {
        if (!recorder.get().awaitWritten(Duration.ofSeconds(10)) || recorder.get().counts().failed() > 0) {
            throw new IllegalStateException("scans not written: " + recorder.get().counts());
        }
    }

    ScanRecorder recorder() {
        return recorder.get();
    }

    HttpResponse<String> place(String scanId, String body) {
        return t.send(HttpRequest.newBuilder(t.uri("/api/scans/" + scanId + "/place"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private long createOrg(String name, String prefix) {
        return json(t.postJson("/api/admin/orgs", t.adminKey, "{\"name\":\"" + name
                + "\",\"country\":\"CN\",\"prefixes\":[\"" + prefix + "\"],\"kind\":\"brand_owner\"}")).get("id").asLong();
    }

    private String key(long org, String role) {
        return json(t.postJson("/api/admin/orgs/" + org + "/keys", t.adminKey, "{\"role\":\"" + role + "\"}"))
                .get("key").asText();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        t.close();
        recorder.get().close();
    }
}
