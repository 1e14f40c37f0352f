package org.bricshub.web.resolver;

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
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bricshub.i18n.Messages;
import org.bricshub.resolver.KnownKeys;
import org.bricshub.resolver.Resolver;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.SerialKeys;
import org.bricshub.web.TestServer;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;
import org.bricshub.web.pages.Pages;
import org.bricshub.web.trace.TraceRoutes;

/**
 * A test server with the resolver, the link API and console, the Product Code API, two brand owners (A: prefix
 * 9506000, B: 9506001) with their keys, a consumer page that names the link it was given, and a scan recorder.
 */
final class ResolverFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final URI PUBLIC_URL = URI.create("https://id.example.org");
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    final TestServer t;
    final List<String> scans = new CopyOnWriteArrayList<>();
    final String ownerA;
    final String readerA;
    final String ownerB;

    ResolverFixture(Path dataDir) throws IOException {
        t = TestServer.start(dataDir, 100_000, (db, authenticator) -> {
            ProductCodes codes = new ProductCodes(db, Clock.systemUTC(), SerialKeys.openOrCreate(dataDir), PUBLIC_URL, 1000);
            Resolver resolver = new Resolver(db, Clock.systemUTC(), PUBLIC_URL, KnownKeys.of(codes));
            Callers callers = new Callers(authenticator);
            JsonBodies bodies = new JsonBodies(JsonBodies.newMapper());
            Pages pages = new Pages(Messages.load());
            return List.of(new TraceRoutes(codes, callers, bodies, PUBLIC_URL), new LinkRoutes(resolver, callers, bodies),
                    new LinkConsoleRoutes(pages, resolver, authenticator),
                    new ResolverRoutes(resolver, (ctx, link) -> ctx.html("<p>consumer page of " + link.path() + "</p>"),
                            (request, link) -> {
                                scans.add(link.path());
                                return Optional.empty();
                            }, pages));
        });
        long orgA = t.brandOwner("Anxi Tea", "9506000");
        long orgB = t.brandOwner("Durban Rooibos", "9506001");
        ownerA = t.issueKey(orgA, "owner");
        readerA = t.issueKey(orgA, "reader");
        ownerB = t.issueKey(orgB, "owner");
    }

    /** Registers a link with organisation A's owner key; fails the test unless it is created. */
    JsonNode link(String anchor, String linkType, String href, String extra) {
        HttpResponse<String> r = t.postJson("/api/links", ownerA, "{\"anchor\":\"" + anchor + "\",\"linkType\":\""
                + linkType + "\",\"href\":\"" + href + "\",\"title\":\"" + linkType + " of " + anchor + "\"" + extra + "}");
        if (r.statusCode() != 201) {
            throw new AssertionError("link not created: " + r.statusCode() + " " + r.body());
        }
        return json(r);
    }

    /** A request that the client does not follow (java.net.http never follows redirects by default). */
    HttpResponse<String> get(String path, String accept, String acceptLanguage) {
        return send("GET", path, accept, acceptLanguage);
    }

    HttpResponse<String> send(String method, String path, String accept, String acceptLanguage) {
        HttpRequest.Builder b = HttpRequest.newBuilder(t.uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return t.send(b);
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
