package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bricshub.platform.config.PlatformConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Anxi oolong journey seeded into a fresh server, loaded again in the same start and after a restart. */
class AnxiOolongDemoIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path dataDir;

    @Test
    void load_freshThenAgain_capturesEveryEventOnceWithItsLeaf() throws Exception {
        PlatformConfig config = TestConfigs.local(dataDir);
        List<String> hashIds = AnxiOolongDemo.documents().stream().flatMap(d -> d.hashIds().stream()).toList();
        assertThat(hashIds).hasSize(22).doesNotHaveDuplicates();
        String secret;
        int organisations;
        try (Server server = Server.start(config, Clock.systemUTC())) {
            secret = Files.readString(dataDir.resolve("admin.key")).strip();
            AnxiOolongDemo.Loaded first = server.loadAnxiOolongDemo(secret);
            assertThat(first.captured()).isEqualTo(22);
            assertThat(first.total()).isEqualTo(22);
            assertThat(first.journey().toString()).endsWith("/01/06999991000011/10/AX2405/21/1001");

            Set<Long> leaves = new HashSet<>();
            for (String id : hashIds) {
                JsonNode event = get(server, "/epcis/events/" + encode(id), secret);
                assertThat(event.get("eventID").asText()).isEqualTo(id);
                JsonNode proof = get(server, "/epcis/events/" + encode(id) + "/proof", secret);
                String entry = new String(Base64.getDecoder().decode(proof.get("entry").asText()), StandardCharsets.UTF_8);
                assertThat(entry).startsWith("bricshub/epcis-event/v1\n" + id + "\n");
                leaves.add(proof.get("leafIndex").asLong());
            }
            assertThat(leaves).as("one leaf per event").hasSize(22);
            assertThat(eventCount(server, secret)).isEqualTo(22);
            JsonNode check = get(server, "/api/codes/check?uri=" + encode(first.journey().toString()), null);
            assertThat(check.get("genuine").asBoolean()).isTrue();
            organisations = get(server, "/api/admin/orgs", secret).size();

            AnxiOolongDemo.Loaded again = server.loadAnxiOolongDemo(secret);
            assertThat(again.captured()).isZero();
            assertThat(eventCount(server, secret)).isEqualTo(22);
        }
        try (Server restarted = Server.start(config, Clock.systemUTC())) {
            assertThat(restarted.loadAnxiOolongDemo(secret).captured()).isZero();
            assertThat(eventCount(restarted, secret)).isEqualTo(22);
            assertThat(get(restarted, "/api/admin/orgs", secret).size()).isEqualTo(organisations);
        }
    }

    private int eventCount(Server server, String key) throws Exception {
        JsonNode doc = get(server, "/epcis/events?orderBy=eventTime&eventCountLimit=1000", key);
        return doc.at("/epcisBody/queryResults/resultsBody/eventList").size();
    }

    private JsonNode get(Server server, String path, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
