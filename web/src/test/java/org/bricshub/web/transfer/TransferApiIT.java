package org.bricshub.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bricshub.transfer.TechnologyTransfer;
import org.bricshub.web.TestServer;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dataDir;
    static TestServer t;
    static TechnologyTransfer transfer;
    static String institute;
    static String company;

    @BeforeAll
    static void start() throws Exception {
        t = TestServer.start(dataDir, 10_000, (db, authenticator) -> {
            transfer = TechnologyTransfer.open(db, dataDir, Clock.systemUTC());
            return List.of(new TransferRoutes(transfer, new Callers(new org.bricshub.platform.access.Authenticator(db,
                    Clock.systemUTC())), new JsonBodies(JsonBodies.newMapper()),
                    new org.bricshub.web.pages.Pages(org.bricshub.i18n.Messages.load())));
        });
        institute = keyOfNewOrg("Tsinghua Lab", "research_institution");
        company = keyOfNewOrg("Cape Agri", "brand_owner");
    }

    @AfterAll
    static void stop() {
        t.close();
        transfer.close();
    }

    private static String keyOfNewOrg(String name, String kind) throws Exception {
        JsonNode org = JSON.readTree(t.postJson("/api/admin/orgs", t.adminKey,
                "{\"name\":\"" + name + "\",\"country\":\"ZA\",\"kind\":\"" + kind + "\"}").body());
        return JSON.readTree(t.postJson("/api/admin/orgs/" + org.get("id").asLong() + "/keys", t.adminKey,
                "{\"role\":\"owner\"}").body()).get("key").asText();
    }

    private static String listing(String type, String language, String title, String summary, int trl) {
        return "{\"type\":\"" + type + "\",\"language\":\"" + language + "\",\"title\":\"" + title
                + "\",\"summary\":\"" + summary + "\",\"trl\":" + trl + ",\"field\":\"agriculture\",\"ipc\":[\"A01G 25/02\"],"
                + "\"dealTypes\":[\"licence\",\"joint-development\"],\"country\":\"CN\",\"institution\":\"Lab\"}";
    }

    private static long publish(String key, String body) throws Exception {
        HttpResponse<String> created = t.postJson("/api/transfer/listings", key, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        assertThat(t.postJson("/api/transfer/listings/" + id + "/approve", t.adminKey, "").statusCode()).isEqualTo(200);
        return id;
    }

    @Test
    void create_answers201InReview() throws Exception {
        HttpResponse<String> r = t.postJson("/api/transfer/listings", institute,
                listing("offer", "en", "Greenhouse drip irrigation", "Low-cost drip irrigation kit", 6));
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("status").asText()).isEqualTo("review");
        assertThat(body.get("id").asLong()).isPositive();
        assertThat(r.headers().firstValue("Location")).contains("/api/transfer/listings/" + body.get("id").asLong());
    }

    @Test
    void searchAndMatches_acrossLanguages() throws Exception {
        long offer = publish(institute, listing("offer", "zh", "温室滴灌系统", "一种节水滴灌装置", 7));
        long demand = publish(company, listing("demand", "sw", "Umwagiliaji wa matone", "Tunahitaji umwagiliaji wa matone", 5));

        JsonNode found = JSON.readTree(t.get("/api/transfer/search?q=drip%20irrigation&lang=en&type=offer", null).body());
        assertThat(found.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode hit = null;
        for (JsonNode h : found.get("hits")) {
            if (h.get("id").asLong() == offer) {
                hit = h;
            }
        }
        assertThat(hit).as("the Chinese offer among the hits of an English query").isNotNull();
        assertThat(hit.get("title").asText()).isEqualTo("温室滴灌系统");
        assertThat(hit.get("language").asText()).isEqualTo("zh");
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(found.get("facets").get("type").get("offer").asInt()).isGreaterThanOrEqualTo(1);

        // Other tests of this class publish drip-irrigation offers too: look for ours among the matches.
        JsonNode matches = JSON.readTree(t.get("/api/transfer/listings/" + demand + "/matches", null).body());
        JsonNode ours = null;
        for (JsonNode m : matches) {
            if (m.get("id").asLong() == offer) {
                ours = m;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.get("score").asDouble()).isPositive();
        assertThat(ours.get("explanation").get("concepts").get(0).get("concept").asText()).isEqualTo("drip-irrigation");
    }

    @Test
    void create_readinessOutOfRangeNamesField() throws Exception {
        HttpResponse<String> r = t.postJson("/api/transfer/listings", institute, listing("offer", "en", "t", "s", 12));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(r.body()).get("field").asText()).isEqualTo("trl");
    }

    @Test
    void create_missingTitleNamesField() throws Exception {
        HttpResponse<String> r = t.postJson("/api/transfer/listings", institute,
                listing("offer", "en", "t", "s", 5).replace("\"title\":\"t\",", ""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("field").asText()).isEqualTo("title");
    }

    @Test
    void create_withoutKeyIs401() {
        assertThat(t.postJson("/api/transfer/listings", null, listing("offer", "en", "t", "s", 5)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void update_otherOrganisationIs403() throws Exception {
        long id = JSON.readTree(t.postJson("/api/transfer/listings", institute, listing("offer", "en", "t", "s", 5))
                .body()).get("id").asLong();
        HttpResponse<String> r = t.send(HttpRequest.newBuilder(t.uri("/api/transfer/listings/" + id))
                .header("Authorization", "Bearer " + company).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(listing("offer", "en", "taken", "s", 5))));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void approve_byOwnerIs403() throws Exception {
        long id = JSON.readTree(t.postJson("/api/transfer/listings", institute, listing("offer", "en", "t", "s", 5))
                .body()).get("id").asLong();
        assertThat(t.postJson("/api/transfer/listings/" + id + "/approve", institute, "").statusCode()).isEqualTo(403);
    }

    @Test
    void get_unpublishedHiddenFromPublic() throws Exception {
        long id = JSON.readTree(t.postJson("/api/transfer/listings", institute, listing("offer", "en", "t", "s", 5))
                .body()).get("id").asLong();
        assertThat(t.get("/api/transfer/listings/" + id, null).statusCode()).isEqualTo(404);
        assertThat(t.get("/api/transfer/listings/" + id, institute).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(t.get("/api/transfer/my/listings", institute).body()).findValuesAsText("id"))
                .contains(Long.toString(id));
    }

    @Test
    void search_badParameterNamesIt() throws Exception {
        HttpResponse<String> r = t.get("/api/transfer/search?q=x&lang=xx", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("field").asText()).isEqualTo("lang");
    }

    @Test
    void openApi_listsTransferOperations() throws Exception {
        JsonNode paths = JSON.readTree(t.get("/api/openapi.json", null).body()).get("paths");
        assertThat(paths.has("/api/transfer/listings")).isTrue();
        assertThat(paths.has("/api/transfer/search")).isTrue();
        assertThat(paths.has("/api/transfer/listings/{id}/matches")).isTrue();
    }

    @Test
    void interest_anonymousUntilAccepted() throws Exception {
        long offer = publish(institute, listing("offer", "en", "Biogas digester", "Small biogas plant", 8));
        HttpResponse<String> sent = t.postJson("/api/transfer/listings/" + offer + "/interests", company,
                "{\"dealType\":\"licence\",\"message\":\"We want a licence\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        long id = JSON.readTree(sent.body()).get("id").asLong();
        JsonNode received = JSON.readTree(t.get("/api/transfer/interests/received", institute).body()).get(0);
        assertThat(received.get("counterpart").get("name").isNull()).isTrue();
        JsonNode accepted = JSON.readTree(t.postJson("/api/transfer/interests/" + id + "/accept", institute, "").body());
        assertThat(accepted.get("counterpart").get("name").asText()).isEqualTo("Cape Agri");
    }

    @Test
    void savedSearch_alertsOnPublication() throws Exception {
        HttpResponse<String> saved = t.postJson("/api/transfer/saved-searches", company,
                "{\"name\":\"Heat pumps\",\"q\":\"heat pump\",\"lang\":\"en\",\"types\":[\"offer\"]}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        long offer = publish(institute, listing("offer", "ru", "Тепловой насос", "Тепловой насос для теплиц", 7));
        JsonNode alerts = JSON.readTree(t.get("/api/transfer/alerts", company).body());
        assertThat(alerts.findValuesAsText("listingId")).contains(Long.toString(offer));
    }

    @Test
    void pages_searchAndListingInTheAskedLanguageWithMarkupEscaped() throws Exception {
        long offer = publish(institute, listing("offer", "zh", "滴灌 <script>alert(1)</script>", "一种滴灌装置", 6));
        HttpResponse<String> search = t.get("/transfer?lang=ar&q=%D8%A7%D9%84%D8%B1%D9%8A%20%D8%A8%D8%A7%D9%84%D8%AA%D9%86%D9%82%D9%8A%D8%B7", null);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("dir=\"rtl\"", "سوق التكنولوجيا", "/transfer/listings/" + offer)
                .doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
        HttpResponse<String> page = t.get("/transfer/listings/" + offer + "?lang=ru", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Уровень готовности технологии").doesNotContain("<script>alert(1)");
    }
}
