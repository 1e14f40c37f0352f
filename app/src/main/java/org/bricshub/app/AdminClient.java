package org.bricshub.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Calls a server's JSON API with a key read from a file; a problem answer becomes a {@link CliException}. */
final class AdminClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI server;
    private final String key;

    AdminClient(URI server, Path keyFile) {
        this.server = server;
        try {
            this.key = Files.readString(keyFile).strip();
        } catch (IOException e) {
            throw new CliException("cannot read key file " + keyFile + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    JsonNode get(String path) {
        return send(request(path).GET());
    }

    JsonNode post(String path, Object body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    JsonNode delete(String path) {
        return send(request(path).DELETE());
    }

    /** Streams a GET answer into {@code out}; a problem answer removes the file and becomes a {@link CliException}. */
    void download(String path, Path out) {
        HttpResponse<Path> response;
        try {
            response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofFile(out));
            if (response.statusCode() >= 400) {
                JsonNode problem = parse(Files.readAllBytes(out));
                Files.deleteIfExists(out);
                throw new CliException("HTTP " + response.statusCode() + ": "
                        + problem.path("detail").asText(problem.path("title").asText("no detail")));
            }
        } catch (IOException e) {
            throw new CliException("cannot download to " + out + ": " + CliException.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CliException("cannot reach " + server + ": " + CliException.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 400) {
            String detail = body.path("detail").asText(body.path("title").asText("no detail"));
            throw new CliException("HTTP " + response.statusCode() + ": " + detail);
        }
        return body;
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
