package org.bricshub.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against a local server that speaks LibreTranslate's wire format (no real engine is reachable here): the
 * requests it sends, the answers it reads, and the failures it reports.
 */
class LibreTranslateEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> DICTIONARY = Map.of("drip irrigation", "riego por goteo",
            "solar cell", "太阳能电池");
    private HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/languages", x -> answer(x, 200, "[{\"code\":\"en\",\"name\":\"English\","
                + "\"targets\":[\"es\",\"zh-Hans\"]},{\"code\":\"es\",\"name\":\"Spanish\",\"targets\":[\"en\"]},"
                + "{\"code\":\"zh-Hans\",\"name\":\"Chinese\",\"targets\":[\"en\"]}]"));
        server.createContext("/translate", x -> {
            JsonNode body = JSON.readTree(x.getRequestBody());
            requests.add(body);
            if (status != 200) {
                answer(x, status, "{\"error\":\"Slowdown: 1 per 1 second\"}");
                return;
            }
            String q = body.get("q").asText();
            answer(x, 200, JSON.createObjectNode().put("translatedText", DICTIONARY.getOrDefault(q, "")).toString());
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private LibreTranslateEngine engine(String key) {
        return new LibreTranslateEngine(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), key,
                Duration.ofSeconds(5));
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Test
    void translate_sendsTheWireFormatAndReadsTranslatedText() {
        var t = engine("secret").translate("drip irrigation", Language.EN, Language.ES).orElseThrow();
        assertThat(t.text()).isEqualTo("riego por goteo");
        assertThat(t.engine()).isEqualTo("libretranslate");
        JsonNode sent = requests.get(0);
        assertThat(sent.get("q").asText()).isEqualTo("drip irrigation");
        assertThat(sent.get("source").asText()).isEqualTo("en");
        assertThat(sent.get("target").asText()).isEqualTo("es");
        assertThat(sent.get("format").asText()).isEqualTo("text");
        assertThat(sent.get("api_key").asText()).isEqualTo("secret");
    }

    @Test
    void translate_usesTheServiceCodeOfALanguage() {
        assertThat(engine("").translate("solar cell", Language.EN, Language.ZH).orElseThrow().text())
                .isEqualTo("太阳能电池");
        assertThat(requests.get(0).get("target").asText()).isEqualTo("zh-Hans");
        assertThat(requests.get(0).has("api_key")).isFalse();
    }

    @Test
    void translate_pairTheServiceLacksIsEmptyWithoutARequest() {
        assertThat(engine("").translate("drip irrigation", Language.EN, Language.SW)).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void translate_emptyAnswerIsNoTranslation() {
        assertThat(engine("").translate("unknown words", Language.EN, Language.ES)).isEmpty();
    }

    @Test
    void translate_errorStatusThrowsWithTheServiceMessage() {
        status = 429;
        assertThatThrownBy(() -> engine("").translate("drip irrigation", Language.EN, Language.ES))
                .isInstanceOf(TranslationException.class).hasMessageContaining("429").hasMessageContaining("Slowdown");
    }

    @Test
    void translate_unreachableServiceThrows() {
        LibreTranslateEngine e = engine("");
        server.stop(0);
        assertThatThrownBy(() -> e.translate("drip irrigation", Language.EN, Language.ES))
                .isInstanceOf(TranslationException.class).hasMessageContaining("cannot reach");
    }
}
