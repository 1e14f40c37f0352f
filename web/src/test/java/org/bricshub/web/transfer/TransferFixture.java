package org.bricshub.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bricshub.i18n.Messages;
import org.bricshub.transfer.AttachmentLimits;
import org.bricshub.transfer.TechnologyTransfer;
import org.bricshub.transfer.TransferOptions;
import org.bricshub.web.TestServer;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;
import org.bricshub.web.pages.Pages;

/** A test server with the marketplace's routes, and helpers to make organisations and listings over HTTP. */
final class TransferFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Small enough to test the limits with bodies under the test server's 64 KiB request limit. */
    static final AttachmentLimits LIMITS = new AttachmentLimits(4_000, 40_000, 2, 3, 4_000_000);
    final TestServer t;
    private TechnologyTransfer transfer;

    TransferFixture(Path dataDir) throws IOException {
        t = TestServer.start(dataDir, 10_000, (db, authenticator) -> {
            transfer = TechnologyTransfer.open(db, dataDir, Clock.systemUTC(),
                    new TransferOptions(LIMITS, List.of()));
            return List.of(new TransferRoutes(transfer, new Callers(authenticator),
                    new JsonBodies(JsonBodies.newMapper()), new Pages(Messages.load())));
        });
    }

    /** A new organisation of {@code kind} and an owner key of it. */
    String ownerKey(String name, String kind) {
        JsonNode org = json(t.postJson("/api/admin/orgs", t.adminKey,
                "{\"name\":\"" + name + "\",\"country\":\"ZA\",\"kind\":\"" + kind + "\"}"));
        return json(t.postJson("/api/admin/orgs/" + org.get("id").asLong() + "/keys", t.adminKey,
                "{\"role\":\"owner\"}")).get("key").asText();
    }

    static String listing(String type, String language, String title, String summary) {
        return "{\"type\":\"" + type + "\",\"language\":\"" + language + "\",\"title\":\"" + title
                + "\",\"summary\":\"" + summary + "\",\"trl\":6,\"field\":\"agriculture\",\"ipc\":[\"A01G 25/02\"],"
                + "\"dealTypes\":[\"licence\"],\"country\":\"CN\",\"institution\":\"Lab\"}";
    }

    /** Creates a listing (in review) and returns its id. */
    long create(String key, String body) {
        HttpResponse<String> r = t.postJson("/api/transfer/listings", key, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asLong();
    }

    long publish(String key, String body) {
        long id = create(key, body);
        HttpResponse<String> r = t.postJson("/api/transfer/listings/" + id + "/approve", t.adminKey, "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return id;
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        t.close();
        transfer.close();
    }
}
