package org.bricshub.web.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.gs1.DigitalLinkCompression;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The resolver over real HTTP, statement by statement of the GS1-Conformant Resolver 1.2 conformance list
 * (src/test/resources/resolver/Conformance1_2.txt); the client never follows redirects.
 */
class ResolverRoutesIT {
    static final String G = "/01/09506000134376";
    static final String LOT = G + "/10/LOT1";
    static final String SERIAL = LOT + "/21/S1";
    static final String ROOT = "https://id.example.org";
    @TempDir
    static Path dataDir;
    static ResolverFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new ResolverFixture(dataDir);
        f.link(ROOT + G, "gs1:pip", "https://brand.example/en/tea", ",\"hreflang\":[\"en\"],\"type\":\"text/html\",\"default\":true");
        f.link(ROOT + G, "gs1:pip", "https://brand.example/ja/tea", ",\"hreflang\":\"ja\",\"type\":\"text/html\"");
        f.link("https://elsewhere.example" + G, "gs1:certificationInfo", "https://lab.example/cert.pdf", ",\"type\":\"application/pdf\"");
        f.link(ROOT + G, "https://gs1.org/voc/certificationInfo", "https://lab.example/za.html", ",\"context\":[\"ZA\"]");
        f.link(ROOT + LOT, "gs1:recallStatus", "https://brand.example/recall/LOT1", "");
        f.link(ROOT + SERIAL, "gs1:dpp", "https://brand.example/dpp/S1", ",\"type\":\"application/json\"");
        f.link(ROOT + G + "/10/A%2FB", "gs1:recallStatus", "https://brand.example/recall/A-B", "");
        f.link(ROOT + "/00/095060001234567893", "gs1:logisticsInfo", "https://carrier.example/sscc", ",\"default\":true");
        HttpResponse<String> product = f.t.postJson("/api/products", f.ownerA,
                "{\"gtin\":\"09506000134352\",\"name\":{\"en\":\"Tieguanyin\"},\"defaultLanguage\":\"en\"}");
        assertThat(product.statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    @DisplayName("SHALL redirect to the default link unless the request carries information that matches better")
    void get_noLinkType_redirects307ToTheDefaultLink_exposingEveryLinkInTheLinkHeader() {
        HttpResponse<String> r = f.get(G, "*/*", null);
        assertThat(r.statusCode()).isEqualTo(307);
        assertThat(r.headers().firstValue("Location")).hasValue("https://brand.example/en/tea");
        String link = r.headers().firstValue("Link").orElseThrow();
        assertThat(link).contains("<" + ROOT + G + "?linkType=linkset>; rel=\"linkset\"",
                "<https://brand.example/ja/tea>; rel=\"https://ref.gs1.org/voc/pip\"", "hreflang=\"ja\"",
                "<https://lab.example/cert.pdf>; rel=\"https://ref.gs1.org/voc/certificationInfo\"",
                "rel=\"https://ref.gs1.org/voc/defaultLink\"");
        assertThat(link.split(", <")).allSatisfy(member -> assertThat(member).contains("title=\""));
    }

    @ParameterizedTest(name = "{0} Accept-Language: {1} -> {2}")
    @DisplayName("SHALL redirect to the requested linkType if available; language, then context, then media type")
    @CsvSource(nullValues = "-", textBlock = """
            /01/09506000134376?linkType=gs1:certificationInfo,                     -,  https://lab.example/cert.pdf
            /01/09506000134376?linkType=gs1:certificationInfo&context=ZA,          -,  https://lab.example/za.html?context=ZA
            /01/09506000134376?linkType=https://ref.gs1.org/voc/pip,               ja, https://brand.example/ja/tea
            /01/09506000134376?linkType=gs1:pip,                                   en-GB, https://brand.example/en/tea
            /01/09506000134376/10/LOT1/21/S1?linkType=gs1:recallStatus,            -,  https://brand.example/recall/LOT1
            /01/09506000134376/10/LOT1/21/S1?linkType=gs1:pip,                     ja, https://brand.example/ja/tea
            /01/09506000134376/10/LOT1/21/S1?linkType=gs1:dpp,                     -,  https://brand.example/dpp/S1
            /01/09506000134376/10/LOT1?linkType=gs1:nutritionalInfo,               -,  https://brand.example/en/tea
            /00/095060001234567893,                                                -,  https://carrier.example/sscc
            /01/09506000134376/10/A%2FB?linkType=gs1:recallStatus,                 -,  https://brand.example/recall/A-B
            """)
    void get_linkType_redirectsToTheBestLinkOfAnyLevel(String path, String language, String target) {
        HttpResponse<String> r = f.get(path, "*/*", language);
        assertThat(r.statusCode()).isEqualTo(307);
        assertThat(r.headers().firstValue("Location")).hasValue(target);
    }

    @Test
    void get_severalLinksMatchEqually_is300WithTheirLinkset() {
        HttpResponse<String> r = f.get(G + "?linkType=gs1:pip", "*/*", "fr");
        assertThat(r.statusCode()).isEqualTo(300);
        JsonNode pips = ResolverFixture.json(r).at("/linkset/0/https:~1~1ref.gs1.org~1voc~1pip");
        assertThat(pips.findValuesAsText("href")).containsExactly("https://brand.example/en/tea", "https://brand.example/ja/tea");
    }

    @Test
    void get_severalLinksFromABrowser_is300WithAPageOfLinksInTheReadersLanguage_andJsonForApiClients() {
        HttpResponse<String> page = f.get(G + "?linkType=gs1:pip", ResolverFixture.BROWSER, "ar");
        assertThat(page.statusCode()).isEqualTo(300);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("lang=\"ar\" dir=\"rtl\"", "اختر صفحة",
                "<a href=\"https://brand.example/en/tea\"", "<a href=\"https://brand.example/ja/tea\"",
                "<dd>معلومات المنتج</dd>", "text/html").doesNotContain("<dd lang=", "Product Information");
        assertThat(page.headers().firstValue("Link").orElseThrow()).contains("rel=\"linkset\"");
        assertThat(page.headers().firstValue("Vary")).hasValue(ResolverRoutes.VARY);
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

        HttpResponse<String> api = f.get(G + "?linkType=gs1:pip", "application/json", "ar");
        assertThat(api.statusCode()).isEqualTo(300);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(ResolverFixture.json(api).at("/linkset/0/https:~1~1ref.gs1.org~1voc~1pip").findValuesAsText("href"))
                .containsExactly("https://brand.example/en/tea", "https://brand.example/ja/tea");
    }

    @Test
    void get_severalLinksFromABrowser_escapesTheOwnersTitlesAndTargets() {
        String anchor = ROOT + G + "/10/EVIL";
        for (String target : List.of("https://brand.example/a?x=1&y=2", "https://brand.example/b")) {
            HttpResponse<String> created = f.t.postJson("/api/links", f.ownerA, "{\"anchor\":\"" + anchor
                    + "\",\"linkType\":\"gs1:pip\",\"href\":\"" + target
                    + "\",\"title\":\"<img src=x onerror=alert(1)>\\\"\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        HttpResponse<String> page = f.get(G + "/10/EVIL?linkType=gs1:pip", ResolverFixture.BROWSER, "fr");

        assertThat(page.statusCode()).isEqualTo(300);
        assertThat(page.body()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;",
                "href=\"https://brand.example/a?x=1&amp;y=2\"", "Choisissez une page", "<dd>Informations sur le produit</dd>");
    }

    @ParameterizedTest
    @DisplayName("SHALL respond to linkType=all (linkset) with the links of every level up to the primary key")
    @CsvSource({"?linkType=linkset,*/*,application/linkset+json", "?linkType=all,application/json,application/json",
        "'',application/linkset+json,application/linkset+json", "?linkType=all,application/ld+json,application/ld+json"})
    void get_linkset_listsEveryLevelWithUncompressedAnchors(String query, String accept, String type) {
        HttpResponse<String> r = f.get(SERIAL + query, accept, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
        assertThat(r.headers().allValues("Vary").toString()).contains("Accept");
        JsonNode linkset = ResolverFixture.json(r).get("linkset");
        assertThat(linkset.findValuesAsText("anchor")).containsExactly(ROOT + G, ROOT + LOT, ROOT + SERIAL);
        assertThat(linkset.get(0).get("https://ref.gs1.org/voc/defaultLink").get(0).get("href").asText())
                .isEqualTo("https://brand.example/en/tea");
        assertThat(linkset.get(0).get("https://ref.gs1.org/voc/certificationInfo").findValuesAsText("title")).hasSize(2);
        assertThat(linkset.get(2).get("https://ref.gs1.org/voc/dpp").get(0).get("type").asText()).isEqualTo("application/json");
        assertThat(f.scans).contains(SERIAL);
    }

    @Test
    @DisplayName("By default, SHALL pass on all key=value pairs in the query string when redirecting")
    void get_queryString_isPassedOnWithoutLinkType() {
        HttpResponse<String> r = f.get(LOT + "?linkType=gs1:recallStatus&17=281231&foo=bar", "*/*", null);
        assertThat(r.headers().firstValue("Location")).hasValue("https://brand.example/recall/LOT1?17=281231&foo=bar");
    }

    @Test
    @DisplayName("SHALL decompress a compressed URI and expose the uncompressed URI with rel owl:sameAs")
    void get_compressedLink_answersAsTheUncompressedOne() {
        String compressed = DigitalLinkCompression.compress(DigitalLink.parse(ROOT + SERIAL + "?17=281231"));
        String path = compressed.substring(ROOT.length());
        assertThat(path.indexOf('/', 1)).as("fully compressed: one segment").isLessThan(0);
        HttpResponse<String> r = f.get(path + "?linkType=gs1:recallStatus", "*/*", null);
        HttpResponse<String> plain = f.get(SERIAL + "?17=281231&linkType=gs1:recallStatus", "*/*", null);
        assertThat(r.statusCode()).isEqualTo(plain.statusCode()).isEqualTo(307);
        assertThat(r.headers().firstValue("Location")).isEqualTo(plain.headers().firstValue("Location"));
        assertThat(r.headers().firstValue("Link").orElseThrow())
                .contains("<" + ROOT + SERIAL + "?17=281231&linkType=gs1%3ArecallStatus>; rel=\"owl:sameAs\"");
        assertThat(plain.headers().firstValue("Link").orElseThrow()).doesNotContain("owl:sameAs");
        // The plain link's redirect is written ahead of the router (RedirectShortcut), the compressed one's by the
        // route: both carry the same headers, with the same values where the link does not matter (Javalin adds a
        // Content-Type to the route's empty body).
        Map<String, List<String>> shortcut = new TreeMap<>(plain.headers().map());
        Map<String, List<String>> routed = new TreeMap<>(r.headers().map());
        routed.remove("content-type");
        assertThat(shortcut.keySet()).isEqualTo(routed.keySet());
        for (String name : List.of("access-control-allow-origin", "access-control-allow-methods",
                "access-control-expose-headers", "vary", "content-security-policy", "x-content-type-options",
                "x-frame-options", "referrer-policy", "cross-origin-opener-policy", "permissions-policy")) {
            assertThat(shortcut.get(name)).as(name).isNotNull().isEqualTo(routed.get(name));
        }
    }

    @Test
    void redirect_ofAKeyWhoseLinksAreNotInMemory_isAnsweredByTheRoute_andFromMemoryAfterwards() {
        String gtin = "/01/09506000134383";
        f.link(ROOT + gtin, "gs1:pip", "https://brand.example/oolong", ",\"default\":true");  // empties the cache
        HttpResponse<String> loaded = f.get(gtin, "*/*", null);
        HttpResponse<String> fromMemory = f.get(gtin, "*/*", null);
        assertThat(loaded.statusCode()).isEqualTo(fromMemory.statusCode()).isEqualTo(307);
        assertThat(loaded.headers().firstValue("Location")).isEqualTo(fromMemory.headers().firstValue("Location"))
                .hasValue("https://brand.example/oolong");
        // The shortcut runs on Jetty's selector thread and never waits for the database: the first request loads
        // the links through the route (whose empty body Javalin gives a Content-Type), the second is the shortcut's.
        assertThat(loaded.headers().firstValue("Content-Type")).isPresent();
        assertThat(fromMemory.headers().firstValue("Content-Type")).isEmpty();
    }

    @Test
    @DisplayName("SHALL support HEAD and OPTIONS, and CORS")
    void headAndOptions_answerLikeGet_withCors() {
        HttpResponse<String> head = f.send("HEAD", G, "*/*", null);
        assertThat(head.statusCode()).isEqualTo(307);
        assertThat(head.headers().firstValue("Location")).hasValue("https://brand.example/en/tea");
        assertThat(head.body()).isEmpty();
        HttpResponse<String> options = f.send("OPTIONS", SERIAL, null, null);
        assertThat(options.statusCode()).isEqualTo(204);
        for (HttpResponse<String> r : List.of(head, options)) {
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, OPTIONS");
            assertThat(r.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("Link", "Location");
        }
    }

    @Test
    @DisplayName("SHOULD tolerate trailing slashes")
    void get_trailingSlash_isTolerated() {
        assertThat(f.get(G + "/", "*/*", null).headers().firstValue("Location")).hasValue("https://brand.example/en/tea");
    }

    @Test
    @DisplayName("SHALL provide a resolver description file at /.well-known/gs1resolver")
    void wellKnown_describesTheResolver() {
        HttpResponse<String> r = f.get("/.well-known/gs1resolver", "application/json", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = ResolverFixture.json(r);
        assertThat(d.get("resolverRoot").asText()).isEqualTo(ROOT);
        assertThat(d.get("name").asText()).isNotBlank();
        assertThat(d.get("supportedPrimaryKeys").findValuesAsText("")).isEmpty();
        assertThat(d.get("supportedPrimaryKeys").toString()).contains("\"00\"", "\"01\"", "\"414\"", "\"8004\"");
        assertThat(d.at("/activeLinkTypes/en/gs1:pip/url").asText()).isEqualTo("https://ref.gs1.org/voc/pip");
        assertThat(d.get("activeLinkTypes").size()).isEqualTo(17);
        for (String lang : List.of("zh", "ar", "sw")) {
            JsonNode pip = d.at("/activeLinkTypes/" + lang + "/gs1:pip");
            assertThat(pip.get("url").asText()).isEqualTo("https://ref.gs1.org/voc/pip");
            assertThat(pip.get("title").asText()).as(lang).isNotBlank()
                    .isNotEqualTo(d.at("/activeLinkTypes/en/gs1:pip/title").asText());
        }
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("SHALL syntactically validate the URI and report errors with 400, never 200")
    @CsvSource({"/01/09506000134377, check-digit", "/01/09506000134376/21/S1/10/LOT1, path-structure",
        "/01/09506000134376/10/LOT%20%7F, character-set", "/01/09506000134376/foo, path-structure",
        "/01/09506000134376?17=991332, date", "/8004/ABC, content"})
    void get_invalidSyntax_is400NamingTheRule(String path, String rule) {
        HttpResponse<String> r = f.get(path, "application/json", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = ResolverFixture.json(r);
        assertThat(problem.get("type").asText()).isEqualTo("/problems/invalid-digital-link");
        assertThat(problem.get("rule").asText()).isEqualTo(rule);
    }

    @Test
    void get_invalidSyntaxFromABrowser_isAFriendlyPageInTheReadersLanguage() {
        HttpResponse<String> r = f.get("/01/09506000134377", ResolverFixture.BROWSER, "zh-CN,zh;q=0.9");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.body()).contains("lang=\"zh\"", "GS1");
    }

    @Test
    void get_unknownKey_is404_andNeverAScan() {
        f.scans.clear();
        HttpResponse<String> api = f.get("/01/09506002999997/10/X/21/Y", "application/json", null);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(ResolverFixture.json(api).get("type").asText()).isEqualTo("/problems/unknown-code");
        HttpResponse<String> page = f.get("/01/09506002999997", ResolverFixture.BROWSER, "en");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html");
        f.get("/01/09506000134377", "application/json", null);
        assertThat(f.scans).isEmpty();
    }

    @Test
    @DisplayName("A browser asking for no link type on a serial-level link gets the consumer page")
    void get_browserOnSerial_getsTheConsumerPage_andEveryResolutionIsAScan() {
        f.scans.clear();
        HttpResponse<String> serial = f.get(SERIAL, ResolverFixture.BROWSER, "en");
        assertThat(serial.statusCode()).isEqualTo(200);
        assertThat(serial.body()).contains("consumer page of " + SERIAL);
        assertThat(f.get(LOT, ResolverFixture.BROWSER, "en").headers().firstValue("Location"))
                .hasValue("https://brand.example/en/tea");
        HttpResponse<String> knownWithoutLinks = f.get("/01/09506000134352", ResolverFixture.BROWSER, "en");
        assertThat(knownWithoutLinks.body()).contains("consumer page of /01/09506000134352");
        assertThat(f.scans).containsExactly(SERIAL, LOT, "/01/09506000134352");
    }

    @Test
    void existingRoutes_areNotShadowedByTheResolver() {
        assertThat(f.t.get("/health", null).statusCode()).isEqualTo(200);
        assertThat(f.t.get("/api/openapi.json", null).body()).contains("/api/links");
        assertThat(f.get("/favicon.ico", "*/*", null).statusCode()).isEqualTo(404);
    }
}
