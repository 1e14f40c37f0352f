package org.bricshub.web.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bricshub.i18n.Messages;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.SerialKeys;
import org.bricshub.web.TestServer;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;
import org.bricshub.web.pages.Pages;

/** A test server with the Product Code routes, two brand owners (A: prefix 9506000, B: 9506001) and their keys. */
final class TraceFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final URI PUBLIC_URL = URI.create("https://codes.example.org");
    static final long MAX_CODES = 2_000_000;
    final TestServer t;
    final String ownerA;
    final String readerA;
    final String ownerB;

    TraceFixture(Path dataDir) throws IOException {
        t = TestServer.start(dataDir, 100_000, (db, authenticator) -> {
            ProductCodes codes = new ProductCodes(db, Clock.systemUTC(), SerialKeys.openOrCreate(dataDir), PUBLIC_URL,
                    MAX_CODES);
            return List.of(new TraceRoutes(codes, new Callers(authenticator), new JsonBodies(JsonBodies.newMapper()),
                    PUBLIC_URL), new TracePageRoutes(new Pages(Messages.load()), codes, authenticator));
        });
        long orgA = t.brandOwner("Anxi Tea", "9506000");
        long orgB = t.brandOwner("Durban Rooibos", "9506001");
        ownerA = t.issueKey(orgA, "owner");
        readerA = t.issueKey(orgA, "reader");
        ownerB = t.issueKey(orgB, "owner");
    }

    /** Registers a product of organisation A. */
    HttpResponse<String> product(String gtin) {
        return t.postJson("/api/products", ownerA, "{\"gtin\":\"" + gtin + "\",\"name\":{\"en\":\"Tieguanyin oolong\","
                + "\"zh\":\"铁观音\"},\"brand\":\"Anxi\",\"defaultLanguage\":\"zh\"}");
    }

    HttpResponse<String> batch(String key, String gtin, String body) {
        return t.postJson("/api/products/" + gtin + "/batches", key, body);
    }

    HttpResponse<byte[]> download(String key, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(t.uri(path))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode check(String uri) {
        return json(t.get("/api/codes/check?uri=" + java.net.URLEncoder.encode(uri, java.nio.charset.StandardCharsets.UTF_8), null));
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
    }
}
