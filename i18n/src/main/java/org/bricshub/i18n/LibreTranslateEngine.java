package org.bricshub.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A driver for a machine-translation service that speaks the LibreTranslate HTTP API: {@code GET /languages} lists
 * the codes it serves with their targets, {@code POST /translate} takes {@code {q, source, target, format, api_key}}
 * and answers {@code {translatedText}}; failures answer an HTTP error with {@code {error}}. Pairs the service does not
 * list get no translation; a service that fails throws {@link TranslationException}. The language list is read once.
 */
public final class LibreTranslateEngine implements TranslationEngine {
    /** The engine name recorded with translations from this driver. */
    public static final String NAME = "libretranslate";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;
    private volatile Map<String, Map<String, String>> pairs;

    /**
     * @param base    the service's base URL, e.g. {@code http://localhost:5000}
     * @param apiKey  the key the service asks for, or empty
     * @param timeout for each request
     */
    public LibreTranslateEngine(URI base, String apiKey, Duration timeout) {
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new IllegalArgumentException("translation service URL must be http(s): " + base);
        }
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.apiKey = apiKey == null ? "" : apiKey;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Translation> translate(String segment, Language from, Language to) {
        if (segment == null || segment.isBlank() || from == to) {
            return Optional.empty();
        }
        Map<String, String> targets = pairs().get(from.tag());
        if (targets == null || !targets.containsKey(to.tag())) {
            return Optional.empty();
        }
        ObjectNode body = JSON.createObjectNode().put("q", segment).put("source", targets.get(from.tag()))
                .put("target", targets.get(to.tag())).put("format", "text");
        if (!apiKey.isEmpty()) {
            body.put("api_key", apiKey);
        }
        JsonNode answer = call(HttpRequest.newBuilder(base.resolve("translate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
        JsonNode text = answer.get("translatedText");
        if (text == null || !text.isTextual()) {
            throw new TranslationException(NAME, "answer without translatedText", null);
        }
        return text.asText().isBlank() ? Optional.empty() : Optional.of(new Translation(text.asText(), NAME));
    }

    /**
     * Our tag → (target tag → the service's code), from {@code /languages}. A service code matches our tag on its
     * primary subtag, so {@code zh-Hans} serves {@code zh}.
     */
    private Map<String, Map<String, String>> pairs() {
        Map<String, Map<String, String>> known = pairs;
        if (known != null) {
            return known;
        }
        JsonNode list = call(HttpRequest.newBuilder(base.resolve("languages")).GET());
        Map<String, String> codes = new HashMap<>();
        Map<String, List<String>> targetsOf = new HashMap<>();
        for (JsonNode l : list) {
            String code = l.path("code").asText("");
            Language.fromTag(code).ifPresent(lang -> {
                codes.putIfAbsent(lang.tag(), code);
                List<String> targets = new ArrayList<>();
                l.path("targets").forEach(t -> targets.add(t.asText()));
                targetsOf.put(lang.tag(), targets);
            });
        }
        Map<String, Map<String, String>> result = new HashMap<>();
        targetsOf.forEach((tag, targets) -> {
            Map<String, String> m = new HashMap<>();
            m.put(tag, codes.get(tag));
            targets.forEach(t -> Language.fromTag(t).ifPresent(lang -> m.putIfAbsent(lang.tag(), t)));
            result.put(tag, Map.copyOf(m));
        });
        pairs = Map.copyOf(result);
        return pairs;
    }

    private JsonNode call(HttpRequest.Builder request) {
        HttpResponse<String> r;
        try {
            r = http.send(request.timeout(timeout).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TranslationException(NAME, "cannot reach " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationException(NAME, "interrupted", e);
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (IOException e) {
            throw new TranslationException(NAME, "answer " + r.statusCode() + " is not JSON", e);
        }
        if (r.statusCode() != 200) {
            throw new TranslationException(NAME, "answer " + r.statusCode() + ": " + body.path("error").asText("?"),
                    null);
        }
        return body;
    }
}
