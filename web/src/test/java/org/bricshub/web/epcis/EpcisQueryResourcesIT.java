package org.bricshub.web.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bricshub.capture.EventBrowser;
import org.bricshub.capture.NamedQueries;
import org.bricshub.capture.Subscriptions;
import org.bricshub.web.TestServer;
import org.bricshub.web.http.JsonBodies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The query resources of the EPCIS REST binding end to end: browse resources, named queries, webhook subscriptions
 * (a real receiver checking the signature) and WebSocket subscriptions (the JDK WebSocket client).
 */
class EpcisQueryResourcesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static Subscriptions subscriptions;
    static TestServer t;
    static String teaKey;
    static String shipperKey;

    @RegisterExtension
    static final EpcisServer EPCIS = new EpcisServer(1, p -> {
        NamedQueries queries = new NamedQueries(p.db(), Clock.systemUTC());
        subscriptions = new Subscriptions(p.events(), queries, Clock.systemUTC(), HttpClient.newHttpClient());
        subscriptions.start();
        JsonBodies bodies = new JsonBodies(JsonBodies.newMapper());
        return List.of(new EpcisCaptureRoutes(p.events(), p.jobs(), p.callers(), 100, 100_000),
                new EpcisQueryRoutes(p.events(), p.callers()),
                new EpcisBrowseRoutes(new EventBrowser(p.events()), p.events(), p.callers()),
                new EpcisNamedQueryRoutes(queries, subscriptions, p.events(), p.callers(), bodies),
                new EpcisSubscriptionRoutes(subscriptions, p.callers(), bodies));
    });

    @BeforeAll
    static void start() {
        EPCIS.closesBeforeTheLog(subscriptions);
        t = EPCIS.server();
        teaKey = EPCIS.organisation("Anxi Tea", "brand_owner", "0614141").key();
        shipperKey = EPCIS.organisation("Shipper", "logistics", "4012345").key();
        capture(teaKey, event("urn:epc:id:sgtin:0614141.107346.1", "shipping", "urn:epc:id:sgln:0614141.00777.0"),
                event("urn:epc:id:sgtin:0614141.107346.2", "receiving", "urn:epc:id:sgln:0614141.00777.5"),
                event("urn:epc:id:sgtin:0614141.107346.3", "shipping", "urn:epc:id:sgln:0614141.00888.0"));
        capture(shipperKey, event("urn:epc:id:sgtin:4012345.000001.1", "loading", "urn:epc:id:sgln:4012345.00001.0"));
    }

    static String event(String epc, String bizStep, String bizLocation) {
        return """
                {"type": "ObjectEvent", "eventTime": "2026-03-01T10:00:00.%03d+08:00", "eventTimeZoneOffset": "+08:00",
                  "epcList": ["%s"], "action": "OBSERVE", "bizStep": "%s", "bizLocation": {"id": "%s"},
                  "example:lot": "L%s"}""".formatted(Math.abs(epc.hashCode() % 1000), epc, bizStep, bizLocation,
                epc.substring(epc.length() - 1));
    }

    private static void capture(String key, String... events) {
        String document = """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                  {"example": "https://ns.example.com/epcis/"}], "type": "EPCISDocument",
                  "schemaVersion": "2.0", "creationDate": "2026-03-01T10:00:00Z", "epcisBody": {"eventList": [%s]}}"""
                .formatted(String.join(",", events));
        HttpResponse<String> r = t.send(HttpRequest.newBuilder(t.uri("/epcis/capture")).header("Authorization",
                "Bearer " + key).header("Content-Type", "application/ld+json")
                .POST(HttpRequest.BodyPublishers.ofString(document)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(CaptureJobAwait.ended(t, r.headers().firstValue("Location").orElseThrow(), key).get("success")
                .asBoolean()).isTrue();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> eventEpcs(JsonNode document) {
        List<String> epcs = new java.util.ArrayList<>();
        document.at("/epcisBody/queryResults/resultsBody/eventList").forEach(e -> epcs.add(e.at("/epcList/0").asText()));
        return epcs;
    }

    @Test
    void browse_listsOnlyVisibleValuesPaged() throws Exception {
        List<String> steps = new java.util.ArrayList<>();
        String next = "/epcis/bizSteps?perPage=1";
        while (next != null) {
            HttpResponse<String> page = t.get(next, teaKey);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(json(page).get("member")).hasSizeLessThanOrEqualTo(1);
            json(page).get("member").forEach(m -> steps.add(m.asText()));
            next = page.headers().firstValue("Link").map(l -> l.replaceFirst("^<([^>]+)>.*", "$1")).orElse(null);
        }
        assertThat(steps).as("in order, each once, the shipper's loading left out").isSorted().doesNotHaveDuplicates()
                .contains("receiving", "shipping").doesNotContain("loading");
        assertThat(json(t.get("/epcis/epcs", teaKey)).get("member")).extracting(JsonNode::asText)
                .contains("urn:epc:id:sgtin:0614141.107346.1", "urn:epc:id:sgtin:0614141.107346.2",
                        "urn:epc:id:sgtin:0614141.107346.3").doesNotContain("urn:epc:id:sgtin:4012345.000001.1");
        assertThat(json(t.get("/epcis/eventTypes", teaKey)).get("member")).extracting(JsonNode::asText)
                .containsExactly("ObjectEvent");
        assertThat(json(t.get("/epcis/bizLocations", shipperKey)).get("member")).extracting(JsonNode::asText)
                .containsExactly("urn:epc:id:sgln:4012345.00001.0");
        assertThat(json(t.get("/epcis/readPoints", teaKey)).get("member")).isEmpty();
    }

    @Test
    void browse_valueAndItsEvents() throws Exception {
        JsonNode resource = json(t.get("/epcis/bizSteps/shipping", teaKey));
        assertThat(resource.get("member")).extracting(JsonNode::asText).containsExactly("events");
        JsonNode shipped = json(t.get("/epcis/bizSteps/shipping/events?orderBy=eventTime&orderDirection=ASC", teaKey));
        assertThat(eventEpcs(shipped)).containsExactlyInAnyOrder("urn:epc:id:sgtin:0614141.107346.1",
                "urn:epc:id:sgtin:0614141.107346.3");
        String epc = encode("urn:epc:id:sgtin:0614141.107346.2");
        assertThat(eventEpcs(json(t.get("/epcis/epcs/" + epc + "/events", teaKey))))
                .containsExactly("urn:epc:id:sgtin:0614141.107346.2");
        assertThat(t.get("/epcis/epcs/" + epc, shipperKey).statusCode()).as("not the shipper's").isEqualTo(404);
        assertThat(t.get("/epcis/bizSteps/nothing/events", teaKey).statusCode()).isEqualTo(404);
        HttpResponse<String> bad = t.get("/epcis/bizSteps/shipping/events?EQ_nothing=1", teaKey);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("type").asText()).isEqualTo("epcisException:QueryParameterException");
        assertThat(t.get("/epcis/bizSteps?perPage=0", teaKey).statusCode()).isEqualTo(400);
    }

    @Test
    void events_withDescendantsAndExtensionPrefixHeader() throws Exception {
        JsonNode wd = json(t.get("/epcis/events?WD_bizLocation=" + encode("urn:epc:id:sgln:0614141.00777.0"), teaKey));
        assertThat(eventEpcs(wd)).containsExactlyInAnyOrder("urn:epc:id:sgtin:0614141.107346.1",
                "urn:epc:id:sgtin:0614141.107346.2");
        HttpResponse<String> ext = t.send(HttpRequest.newBuilder(t.uri("/epcis/events?EQ_my:lot=L3"))
                .header("Authorization", "Bearer " + teaKey).header("GS1-Extensions", "my=https://ns.example.com/epcis/"));
        assertThat(eventEpcs(json(ext))).containsExactly("urn:epc:id:sgtin:0614141.107346.3");
        assertThat(t.get("/epcis/events?EQ_my:lot=L3", teaKey).statusCode()).as("undeclared prefix").isEqualTo(400);
        assertThat(t.send(HttpRequest.newBuilder(t.uri("/epcis/events")).header("Authorization", "Bearer " + teaKey)
                .header("GS1-Extensions", "nonsense")).statusCode()).isEqualTo(400);
    }

    @Test
    void namedQuery_createReadRunDelete() throws Exception {
        String body = "{\"name\": \"shipped\", \"query\": {\"EQ_bizStep\": [\"shipping\"]}}";
        HttpResponse<String> created = t.postJson("/epcis/queries", teaKey, body);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/epcis/queries/shipped");
        assertThat(t.postJson("/epcis/queries", teaKey, body).statusCode()).isEqualTo(409);
        assertThat(json(t.postJson("/epcis/queries", teaKey, body)).get("type").asText())
                .isEqualTo("epcisException:ResourceAlreadyExistsException");
        assertThat(t.postJson("/epcis/queries", teaKey, "{\"name\": \"bad\", \"query\": {\"EQ_x\": [1]}}")
                .statusCode()).isEqualTo(400);
        assertThat(json(t.get("/epcis/queries", teaKey)).findValuesAsText("name")).containsExactly("shipped");
        assertThat(json(t.get("/epcis/queries/shipped", teaKey)).at("/query/EQ_bizStep/0").asText()).isEqualTo("shipping");
        HttpResponse<String> page = t.get("/epcis/queries/shipped/events?perPage=1", teaKey);
        assertThat(eventEpcs(json(page))).hasSize(1);
        assertThat(json(page).at("/epcisBody/queryResults/queryName").asText()).isEqualTo("shipped");
        assertThat(page.headers().firstValue("Link")).isPresent();
        HttpResponse<String> missing = t.get("/epcis/queries/shipped", shipperKey);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("type").asText()).isEqualTo("epcisException:NoSuchNameException");
        assertThat(t.send(HttpRequest.newBuilder(t.uri("/epcis/queries/shipped")).header("Authorization",
                "Bearer " + teaKey).DELETE()).statusCode()).isEqualTo(204);
        assertThat(t.get("/epcis/queries/shipped", teaKey).statusCode()).isEqualTo(404);
    }

    @Test
    void webhook_receivesSignedDocumentOfNewMatchingEvent() throws Exception {
        BlockingQueue<String[]> received = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String[] {new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("GS1-Signature")});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            t.postJson("/epcis/queries", teaKey, "{\"name\": \"hooked\", \"query\": {\"EQ_bizStep\": [\"packing\"]}}");
            String dest = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            HttpResponse<String> subscribed = t.postJson("/epcis/queries/hooked/subscriptions", teaKey,
                    "{\"dest\": \"" + dest + "\", \"signatureToken\": \"tok\", \"stream\": true}");
            assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
            String id = json(subscribed).get("subscriptionID").asText();
            assertThat(subscribed.headers().firstValue("Location")).contains("/epcis/queries/hooked/subscriptions/" + id);
            assertThat(json(subscribed).has("signatureToken")).as("the secret is not shown").isFalse();
            assertThat(json(t.get("/epcis/queries/hooked/subscriptions", teaKey)).findValuesAsText("subscriptionID"))
                    .containsExactly(id);
            capture(teaKey, event("urn:epc:id:sgtin:0614141.107346.7", "packing", "urn:epc:id:sgln:0614141.00999.0"));

            String[] delivery = received.poll(20, TimeUnit.SECONDS);
            assertThat(delivery).isNotNull();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("tok".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            assertThat(delivery[1]).isEqualTo("sha256=" + HexFormat.of().formatHex(
                    mac.doFinal(delivery[0].getBytes(StandardCharsets.UTF_8))));
            assertThat(eventEpcs(JSON.readTree(delivery[0]))).containsExactly("urn:epc:id:sgtin:0614141.107346.7");

            assertThat(t.postJson("/epcis/queries/hooked/subscriptions", teaKey, "{\"dest\": \"" + dest + "\"}")
                    .statusCode()).as("neither stream nor schedule").isEqualTo(400);
            assertThat(t.send(HttpRequest.newBuilder(t.uri("/epcis/queries/hooked/subscriptions/" + id))
                    .header("Authorization", "Bearer " + teaKey).DELETE()).statusCode()).isEqualTo(204);
            assertThat(t.get("/epcis/queries/hooked/subscriptions/" + id, teaKey).statusCode()).isEqualTo(404);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void webSocket_streamsNewMatchingEvents() throws Exception {
        t.postJson("/epcis/queries", teaKey, "{\"name\": \"ws\", \"query\": {\"EQ_bizStep\": [\"inspecting\"]}}");
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        URI uri = URI.create(t.uri("/epcis/queries/ws/events?stream=true").toString().replaceFirst("^http", "ws"));
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Bearer " + teaKey)
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            messages.add(text.toString());
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            capture(shipperKey, event("urn:epc:id:sgtin:4012345.000001.9", "inspecting", "urn:epc:id:sgln:4012345.00001.0"));
            capture(teaKey, event("urn:epc:id:sgtin:0614141.107346.8", "inspecting", "urn:epc:id:sgln:0614141.00999.0"));
            String message = messages.poll(20, TimeUnit.SECONDS);
            assertThat(message).isNotNull();
            assertThat(eventEpcs(JSON.readTree(message))).containsExactly("urn:epc:id:sgtin:0614141.107346.8");
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        }
        WebSocket atSubscriptions = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + teaKey).buildAsync(URI.create(uri.toString()
                        .replace("/events?", "/subscriptions?")), new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS);
        atSubscriptions.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        var refused = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Bearer " + teaKey)
                .buildAsync(URI.create(uri.toString().replace("/ws/", "/nope/")), new WebSocket.Listener() { });
        assertThat(refused).failsWithin(10, TimeUnit.SECONDS);
    }
}
