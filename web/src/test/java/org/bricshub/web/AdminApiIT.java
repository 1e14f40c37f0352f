package org.bricshub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServerExtension SERVER = new TestServerExtension();
    static TestServer t;

    @BeforeAll
    static void server() {
        t = SERVER.get();
    }

    @Test
    void createOrganisation_thenIssueKey_keyWorksAndIsShownOnce() throws Exception {
        HttpResponse<String> created = t.postJson("/api/admin/orgs", t.adminKey,
                "{\"name\":\"Anxi Tea\",\"country\":\"CN\",\"prefixes\":[\"6971234\"],\"kind\":\"brand_owner\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode org = JSON.readTree(created.body());
        assertThat(org.get("kind").asText()).isEqualTo("brand_owner");
        assertThat(created.headers().firstValue("Location")).contains("/api/admin/orgs/" + org.get("id").asLong());

        HttpResponse<String> issued = t.postJson("/api/admin/orgs/" + org.get("id").asLong() + "/keys", t.adminKey,
                "{\"role\":\"admin\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode key = JSON.readTree(issued.body());
        String secret = key.get("key").asText();
        assertThat(secret).startsWith("bh_");

        HttpResponse<String> listed = t.get("/api/admin/orgs/" + org.get("id").asLong() + "/keys", secret);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(secret).contains("\"role\":\"admin\"");
        assertThat(JSON.readTree(t.get("/api/admin/orgs", secret).body())).hasSize(1);
    }

    @Test
    void revokeKey_thenKeyIsRefused() throws Exception {
        long orgId = JSON.readTree(t.postJson("/api/admin/orgs", t.adminKey,
                "{\"name\":\"Durban Customs\",\"country\":\"ZA\",\"kind\":\"customs\"}").body()).get("id").asLong();
        JsonNode key = JSON.readTree(t.postJson("/api/admin/orgs/" + orgId + "/keys", t.adminKey,
                "{\"role\":\"reader\"}").body());
        assertThat(t.get("/api/admin/orgs", key.get("key").asText()).statusCode()).isEqualTo(200);
        HttpResponse<String> revoked = t.send(HttpRequest.newBuilder(t.uri("/api/admin/keys/" + key.get("id").asLong()))
                .header("Authorization", "Bearer " + t.adminKey).DELETE());
        assertThat(revoked.statusCode()).isEqualTo(204);
        HttpResponse<String> refused = t.get("/api/admin/orgs", key.get("key").asText());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("revoked");
    }

    @Test
    void keyOfOneOrganisation_actingOnAnother_isForbidden() throws Exception {
        long a = JSON.readTree(t.postJson("/api/admin/orgs", t.adminKey,
                "{\"name\":\"A\",\"country\":\"BR\",\"kind\":\"logistics\"}").body()).get("id").asLong();
        long b = JSON.readTree(t.postJson("/api/admin/orgs", t.adminKey,
                "{\"name\":\"B\",\"country\":\"IN\",\"kind\":\"research_institution\"}").body()).get("id").asLong();
        String aAdmin = JSON.readTree(t.postJson("/api/admin/orgs/" + a + "/keys", t.adminKey,
                "{\"role\":\"admin\"}").body()).get("key").asText();
        HttpResponse<String> r = t.postJson("/api/admin/orgs/" + b + "/keys", aAdmin, "{\"role\":\"admin\"}");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("organisation " + b);
        assertThat(t.get("/api/admin/orgs/" + b, aAdmin).statusCode()).isEqualTo(403);
        assertThat(t.postJson("/api/admin/orgs", aAdmin,
                "{\"name\":\"C\",\"country\":\"RU\",\"kind\":\"customs\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void allocatePrefix_givesFreeSubRangesThatTheOrganisationThenHolds() throws Exception {
        long a = JSON.readTree(t.postJson("/api/admin/orgs", t.adminKey,
                "{\"name\":\"Tea co-op\",\"country\":\"KE\",\"kind\":\"brand_owner\"}").body()).get("id").asLong();
        long b = JSON.readTree(t.postJson("/api/admin/orgs", t.adminKey,
                "{\"name\":\"Spice farm\",\"country\":\"IN\",\"kind\":\"brand_owner\"}").body()).get("id").asLong();
        HttpResponse<String> first = t.postJson("/api/admin/orgs/" + a + "/prefixes", t.adminKey, "{\"capacity\":50}");
        assertThat(first.statusCode()).isEqualTo(201);
        JsonNode given = JSON.readTree(first.body());
        assertThat(given.get("prefix").asText()).startsWith(TestServer.PLATFORM_RANGE.prefix()).hasSize(10);
        assertThat(given.get("capacity").asLong()).isEqualTo(100);
        JsonNode second = JSON.readTree(t.postJson("/api/admin/orgs/" + b + "/prefixes", t.adminKey,
                "{\"capacity\":1000}").body());
        assertThat(second.get("prefix").asText()).hasSize(9)
                .doesNotStartWith(given.get("prefix").asText().substring(0, 9));
        assertThat(JSON.readTree(t.get("/api/admin/orgs/" + a, t.adminKey).body()).get("prefixes").get(0).asText())
                .isEqualTo(given.get("prefix").asText());
        assertThat(t.postJson("/api/admin/orgs", t.adminKey, "{\"name\":\"X\",\"country\":\"CN\",\"kind\":"
                + "\"brand_owner\",\"prefixes\":[\"" + given.get("prefix").asText() + "5\"]}").statusCode()).isEqualTo(409);
    }

    @Test
    void allocatePrefix_badInputAndOtherCallers_areRefused() throws Exception {
        long a = JSON.readTree(t.postJson("/api/admin/orgs", t.adminKey,
                "{\"name\":\"Cocoa\",\"country\":\"GH\",\"kind\":\"brand_owner\"}").body()).get("id").asLong();
        HttpResponse<String> tooBig = t.postJson("/api/admin/orgs/" + a + "/prefixes", t.adminKey,
                "{\"capacity\":1000000}");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("capacity").contains("100000");
        assertThat(t.postJson("/api/admin/orgs/" + a + "/prefixes", t.adminKey, "{}").statusCode()).isEqualTo(400);
        assertThat(t.postJson("/api/admin/orgs/999999/prefixes", t.adminKey, "{\"capacity\":10}").statusCode())
                .isEqualTo(404);
        String own = JSON.readTree(t.postJson("/api/admin/orgs/" + a + "/keys", t.adminKey,
                "{\"role\":\"admin\"}").body()).get("key").asText();
        assertThat(t.postJson("/api/admin/orgs/" + a + "/prefixes", own, "{\"capacity\":10}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void duplicatePrefix_conflicts() {
        t.postJson("/api/admin/orgs", t.adminKey, "{\"name\":\"P\",\"country\":\"CN\",\"prefixes\":[\"690555\"],\"kind\":\"brand_owner\"}");
        HttpResponse<String> r = t.postJson("/api/admin/orgs", t.adminKey,
                "{\"name\":\"Q\",\"country\":\"CN\",\"prefixes\":[\"6905551\"],\"kind\":\"brand_owner\"}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("690555");
    }
}
