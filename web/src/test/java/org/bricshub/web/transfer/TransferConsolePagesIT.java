package org.bricshub.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marketplace's console pages over HTTP: create and edit, my listings, my matches, moderation. */
class TransferConsolePagesIT {
    private static final String SCRIPT = "<script>alert(1)</script>";
    @TempDir
    static Path dataDir;
    static TransferFixture f;
    static String owner;
    static String other;

    @BeforeAll
    static void start() throws Exception {
        f = new TransferFixture(dataDir);
        owner = f.ownerKey("Tsinghua Lab", "research_institution");
        other = f.ownerKey("Cape Agri", "brand_owner");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static HttpResponse<String> post(String path, Map<String, String> fields, String... more) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(enc(k) + "=" + enc(v)));
        for (int i = 0; i + 1 < more.length; i += 2) {
            pairs.add(enc(more[i]) + "=" + enc(more[i + 1]));
        }
        return f.t.send(HttpRequest.newBuilder(f.t.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, String> form(String key, String title, String summary, String trl) {
        return Map.ofEntries(Map.entry("key", key), Map.entry("type", "offer"), Map.entry("language", "en"),
                Map.entry("title", title), Map.entry("summary", summary), Map.entry("trl", trl),
                Map.entry("field", "agriculture"), Map.entry("country", "CN"), Map.entry("institution", "Lab"),
                Map.entry("keywords", "drip, irrigation"), Map.entry("ipc", "A01G 25/02"));
    }

    @Test
    void newForm_isAPageInTheAskedLanguageWithoutInlineScript() {
        HttpResponse<String> r = f.t.get("/transfer/new?lang=ar", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("إعلان جديد")
                .doesNotContain("<script").doesNotContain("style=");
    }

    @Test
    void create_showsEveryErrorNextToItsFieldAndKeepsTheValuesEscaped() {
        HttpResponse<String> r = post("/transfer/new?lang=en", form(owner, SCRIPT, "", "12"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"error-summary\"").contains("id=\"error-trl\"")
                .contains("This field is required.").contains("This value is not valid.")
                .doesNotContain("id=\"error-title\"").doesNotContain("id=\"error-key\"")
                .doesNotContain(SCRIPT).as("the title re-shown, escaped in its attribute")
                .contains("value=\"&lt;script>alert(1)&lt;/script>\"").contains("value=\"12\"");
        assertThat(r.body()).contains("id=\"error-dealTypes\"");
    }

    @Test
    void create_badKeyIs401WithTheErrorAtTheKey() {
        HttpResponse<String> r = post("/transfer/new?lang=zh", form("nope", "Drip kit", "Kit", "5"),
                "dealTypes", "licence");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("id=\"error-key\"").contains("此 API 密钥无效。");
    }

    @Test
    void create_storesTheTextAsGivenAndMyListingsShowItEscaped() throws Exception {
        HttpResponse<String> r = post("/transfer/new?lang=en", form(owner, SCRIPT, "Drip kit", "5"),
                "dealTypes", "licence", "draft", "on");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(r.body()).contains("My listings").contains("Draft").doesNotContain(SCRIPT)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        var mine = TransferFixture.json(f.t.get("/api/transfer/my/listings", owner));
        assertThat(mine.get(0).get("title").asText()).as("stored as given").isEqualTo(SCRIPT);
    }

    @Test
    void myListings_stepsEditAndOtherOrganisations() throws Exception {
        long id = f.create(owner, TransferFixture.listing("offer", "en", "Seed drill", "Precise seeding"));
        HttpResponse<String> withdraw = post("/transfer/my?lang=zh", Map.of("key", owner, "action", "withdraw:" + id));
        assertThat(withdraw.statusCode()).isEqualTo(200);
        assertThat(withdraw.body()).contains("已撤回").contains("id=\"listing-" + id + "\"");

        long draft = f.create(owner, TransferFixture.listing("demand", "en", "Solar pump", "Needed").replace("}",
                ",\"draft\":true}"));
        assertThat(post("/transfer/my", Map.of("key", owner, "action", "submit:" + draft)).body())
                .contains("Listing " + draft + " is now: Under review");
        HttpResponse<String> edit = post("/transfer/my", Map.of("key", owner, "action", "edit:" + draft));
        assertThat(edit.body()).contains("Edit listing").contains("value=\"Solar pump\"")
                .contains("action=\"/transfer/listings/" + draft + "/edit?lang=en\"");
        HttpResponse<String> saved = post("/transfer/listings/" + draft + "/edit", form(owner, "Solar water pump",
                "Needed", "4"), "dealTypes", "investment");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(TransferFixture.json(f.t.get("/api/transfer/listings/" + draft, owner)).get("title").asText())
                .isEqualTo("Solar water pump");

        HttpResponse<String> foreign = post("/transfer/listings/" + draft + "/edit", form(other, "Mine now", "x", "4"),
                "dealTypes", "investment");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("id=\"failure\"");
        assertThat(post("/transfer/my", Map.of("key", other, "action", "withdraw:" + draft)).statusCode())
                .isEqualTo(403);
        assertThat(post("/transfer/my", Map.of("key", "bad")).statusCode()).isEqualTo(401);
        assertThat(f.t.get("/transfer/my?lang=fa", null).body()).contains("dir=\"rtl\"").contains("آگهی‌های من");
    }

    @Test
    void moderation_approveAndRejectWithAReason() {
        long a = f.create(owner, TransferFixture.listing("offer", "en", "Wind blade", "Light blade"));
        long b = f.create(owner, TransferFixture.listing("offer", "en", "Rotor hub", "Strong hub"));
        assertThat(post("/transfer/moderation", Map.of("key", owner)).statusCode()).isEqualTo(403);
        HttpResponse<String> queue = post("/transfer/moderation?lang=ru", Map.of("key", f.t.adminKey));
        assertThat(queue.body()).contains("Очередь модерации").contains("id=\"listing-" + a + "\"");
        assertThat(post("/transfer/moderation", Map.of("key", f.t.adminKey, "action", "approve:" + a)).body())
                .contains("Listing " + a + " is now: Published").doesNotContain("id=\"listing-" + a + "\"");
        HttpResponse<String> noReason = post("/transfer/moderation", Map.of("key", f.t.adminKey,
                "action", "reject:" + b));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("A rejection needs a reason.");
        assertThat(post("/transfer/moderation", Map.of("key", f.t.adminKey, "action", "reject:" + b,
                "reason-" + b, "Say what the hub is made of")).body()).contains("is now: Draft");
        assertThat(TransferFixture.json(f.t.get("/api/transfer/listings/" + b, owner)).get("moderationNote").asText())
                .isEqualTo("Say what the hub is made of");
    }

    @Test
    void myMatches_explainEachMatch() {
        f.publish(owner, TransferFixture.listing("offer", "zh", "温室滴灌系统", "一种节水滴灌装置"));
        f.publish(other, TransferFixture.listing("demand", "en", "Drip irrigation wanted", "We need drip irrigation"));
        HttpResponse<String> r = post("/transfer/my/matches?lang=en", Map.of("key", other));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Drip irrigation wanted").contains("温室滴灌系统")
                .contains("Shared terms: drip irrigation ↔ 滴灌").contains("Same field of technology");
        assertThat(post("/transfer/my/matches", Map.of("key", "bad")).statusCode()).isEqualTo(401);
    }

    @Test
    void listingPage_marksMachineTranslationsAndShowsFiles() {
        long id = f.publish(owner, TransferFixture.listing("offer", "en", "Drip irrigation", "drip irrigation"));
        f.t.postJson("/api/transfer/listings/" + id + "/translations/zh", owner, "");
        HttpResponse<String> zh = f.t.get("/transfer/listings/" + id + "?lang=zh", null);
        assertThat(zh.body()).contains("<h1>滴灌</h1>").contains("机器翻译版本（memory）");
        assertThat(f.t.get("/transfer/listings/" + id + "?lang=en", null).body()).doesNotContain("id=\"machine\"");
    }
}
