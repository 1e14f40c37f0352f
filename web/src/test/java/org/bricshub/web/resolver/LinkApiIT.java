package org.bricshub.web.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The link API and console: only the key's owner writes, bad input names its field, writes reach resolution at once. */
class LinkApiIT {
    static final String G = "https://id.example.org/01/09506000134383";
    @TempDir
    static Path dataDir;
    static ResolverFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new ResolverFixture(dataDir);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static String body(String anchor) {
        return "{\"anchor\":\"" + anchor + "\",\"linkType\":\"gs1:pip\",\"href\":\"https://brand.example/p\",\"title\":\"Product\"}";
    }

    @Test
    void post_byOwner_is201_andResolvesAtOnce_andDeleteTakesItAway() {
        assertThat(f.get("/01/09506000134383", "*/*", null).statusCode()).isEqualTo(404);
        HttpResponse<String> created = f.t.postJson("/api/links", f.ownerA, "{\"anchor\":\"" + G + "\",\"linkType\":\"gs1:pip\","
                + "\"href\":\"https://brand.example/p\",\"hreflang\":[\"en\",\"zh-Hans\"],\"context\":[\"ZA\"],"
                + "\"type\":\"text/html\",\"title\":\"铁观音\",\"default\":true}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode link = ResolverFixture.json(created);
        assertThat(link.get("anchor").asText()).isEqualTo(G);
        assertThat(link.get("linkType").asText()).isEqualTo("gs1:pip");
        assertThat(link.get("hreflang").toString()).isEqualTo("[\"en\",\"zh-Hans\"]");
        assertThat(link.get("default").asBoolean()).isTrue();

        HttpResponse<String> resolved = f.get("/01/09506000134383", "*/*", null);
        assertThat(resolved.headers().firstValue("Location")).hasValue("https://brand.example/p");
        assertThat(resolved.headers().firstValue("Link").orElseThrow()).contains("title*=UTF-8''%E9%93%81");

        HttpResponse<String> listed = f.t.get("/api/links?anchor=" + URLEncoder.encode(G, StandardCharsets.UTF_8), f.readerA);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(ResolverFixture.json(listed).get("links").findValuesAsText("href")).containsExactly("https://brand.example/p");

        assertThat(delete(link.get("id").asLong(), f.ownerB).statusCode()).isEqualTo(403);
        assertThat(delete(link.get("id").asLong(), f.ownerA).statusCode()).isEqualTo(204);
        assertThat(delete(link.get("id").asLong(), f.ownerA).statusCode()).isEqualTo(404);
        assertThat(f.get("/01/09506000134383", "*/*", null).statusCode()).isEqualTo(404);
    }

    @Test
    void post_sameLinkTwice_is409() {
        String anchor = "https://id.example.org/01/09506000134390/10/L9";
        assertThat(f.t.postJson("/api/links", f.ownerA, body(anchor)).statusCode()).isEqualTo(201);
        assertThat(f.t.postJson("/api/links", f.ownerA, body(anchor)).statusCode()).isEqualTo(409);
    }

    @Test
    void writes_byNonOwners_are401Or403() {
        String anchor = "https://id.example.org/01/09506000134406";
        assertThat(f.t.postJson("/api/links", null, body(anchor)).statusCode()).isEqualTo(401);
        assertThat(f.t.postJson("/api/links", f.ownerB, body(anchor)).statusCode()).isEqualTo(403);
        assertThat(f.t.postJson("/api/links", f.readerA, body(anchor)).statusCode()).isEqualTo(403);
        assertThat(f.t.postJson("/api/links", f.ownerA, body("https://id.example.org/01/09506002999997")).statusCode())
                .isEqualTo(403);
        assertThat(f.t.get("/api/links?anchor=" + URLEncoder.encode(anchor, StandardCharsets.UTF_8), f.ownerB).statusCode())
                .isEqualTo(403);
        assertThat(f.t.send(HttpRequest.newBuilder(f.t.uri("/api/links/1")).DELETE()).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"linkType":"gs1:pip","href":"https://b.example","title":"T"}                                          | anchor
            {"anchor":"https://id.example.org/01/09506000134377","linkType":"gs1:pip","href":"https://b.example","title":"T"} | anchor
            {"anchor":"https://id.example.org/01/09506000134376?17=281231","linkType":"gs1:pip","href":"https://b.example","title":"T"} | anchor
            {"anchor":"https://id.example.org/01/09506000134376","linkType":"gs1:noSuchType","href":"https://b.example","title":"T"} | linkType
            {"anchor":"https://id.example.org/01/09506000134376","linkType":"gs1:defaultLink","href":"https://b.example","title":"T"} | linkType
            {"anchor":"https://id.example.org/01/09506000134376","linkType":"gs1:pip","href":"ftp://b.example/x","title":"T"} | href
            {"anchor":"https://id.example.org/01/09506000134376","linkType":"gs1:pip","href":"https://b.example/a b","title":"T"} | href
            {"anchor":"https://id.example.org/01/09506000134376","linkType":"gs1:pip","href":"https://b.example","title":" "} | title
            {"anchor":"https://id.example.org/01/09506000134376","linkType":"gs1:pip","href":"https://b.example","title":"T","hreflang":["english!"]} | hreflang
            {"anchor":"https://id.example.org/01/09506000134376","linkType":"gs1:pip","href":"https://b.example","title":"T","context":["a b"]} | context
            {"anchor":"https://id.example.org/01/09506000134376","linkType":"gs1:pip","href":"https://b.example","title":"T","type":"html"} | type
            {"anchor":"https://id.example.org/01/09506000134376","linkType":"gs1:pip","href":"https://b.example","title":"T","default":"maybe"} | default
            {"anchor":"https://id.example.org/01/09506000134376","linkType":"gs1:pip","href":"https://b.example","title":"T","colour":"red"} | colour
            """)
    void post_badInput_is400ProblemNamingTheField(String json, String field) {
        HttpResponse<String> r = f.t.postJson("/api/links", f.ownerA, json);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ResolverFixture.json(r).get("field").asText()).isEqualTo(field);
    }

    @Test
    void console_registersListsAndDeletesInTheReadersLanguage() {
        assertThat(f.t.get("/console/links?lang=ar", null).body()).contains("dir=\"rtl\"", "id=\"link-form\"",
                "لوحة روابط المُحلِّل");
        String anchor = "https://id.example.org/01/09506000134413";
        HttpResponse<String> created = form("/console/links?lang=en", Map.of("key", f.ownerA, "anchor", anchor,
                "linkType", "gs1:certificationInfo", "href", "https://lab.example/c", "title", "Certificate",
                "hreflang", "en, zh", "default", "on"));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("id=\"message\"", "is registered");
        HttpResponse<String> listed = form("/console/links/list?lang=en", Map.of("key", f.ownerA, "anchor", anchor));
        assertThat(listed.body()).contains("https://lab.example/c", "gs1:certificationInfo", "en zh");
        String id = listed.body().replaceAll("(?s).*data-link-id=\"(\\d+)\".*", "$1");
        HttpResponse<String> refused = form("/console/links/delete?lang=en", Map.of("key", f.ownerB, "id", id));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"error\"");
        assertThat(form("/console/links/delete?lang=en", Map.of("key", f.ownerA, "id", id)).body()).contains("is deleted");
    }

    @Test
    void console_namesLinkTypesInTheReadersLanguage_andATermNoLongerKnownByItsCurie() throws Exception {
        String anchor = "https://id.example.org/01/09506000134420";
        for (String type : List.of("gs1:certificationInfo", "gs1:recipeInfo")) {
            HttpResponse<String> created = form("/console/links?lang=ar", Map.of("key", f.ownerA, "anchor", anchor,
                    "linkType", type, "href", "https://brand.example/" + type.substring(4), "title", type));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        }
        try (var c = f.t.db.getConnection(); var st = c.prepareStatement(
                "update resolver_links set link_type = 'retiredTerm' where href = 'https://brand.example/recipeInfo'")) {
            assertThat(st.executeUpdate()).isEqualTo(1);
        }

        String listed = form("/console/links/list?lang=ar", Map.of("key", f.ownerA, "anchor", anchor)).body();
        assertThat(listed).contains("<span>معلومات الشهادات</span> <code dir=\"ltr\">gs1:certificationInfo</code>",
                "<span lang=\"zxx\" dir=\"ltr\">gs1:retiredTerm</span>",
                "<option value=\"gs1:pip\" selected>معلومات المنتج</option>")
                .doesNotContain("Certification", "<span lang=\"en\"");

        String english = f.t.get("/console/links?lang=en", null).body();
        assertThat(english).contains("<option value=\"gs1:eifu\">Electronic instructions for use (medical devices)</option>");
        assertThat(english.indexOf(">About the organisation<")).isPositive()
                .isLessThan(english.indexOf(">Activity ideas<"));
        assertThat(english.indexOf(">Activity ideas<")).isLessThan(english.indexOf(">Where to buy<"));
    }

    private static HttpResponse<String> delete(long id, String key) {
        return f.t.send(HttpRequest.newBuilder(f.t.uri("/api/links/" + id)).header("Authorization", "Bearer " + key).DELETE());
    }

    private static HttpResponse<String> form(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return f.t.send(HttpRequest.newBuilder(f.t.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
