package org.bricshub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagesIT {
    @RegisterExtension
    static final TestServerExtension SERVER = new TestServerExtension();
    static TestServer t;

    @BeforeAll
    static void server() {
        t = SERVER.get();
    }

    @Test
    void landing_queryLanguageWins() {
        HttpResponse<String> r = page("/?lang=ar", "zh-CN,zh;q=0.9");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(r.headers().firstValue("Content-Language")).contains("ar");
    }

    @Test
    void landing_acceptLanguageWhenNoQuery() {
        HttpResponse<String> r = page("/", "fr-CA;q=0.5, zh-Hans-CN;q=0.9");
        assertThat(r.body()).contains("<html lang=\"zh\" dir=\"ltr\">");
    }

    @Test
    void landing_englishByDefault_andEscapesNothingUnsafe() {
        HttpResponse<String> r = page("/?lang=%3Cscript%3E", null);
        assertThat(r.body()).contains("<html lang=\"en\"").doesNotContain("<script>");
        assertThat(page("/%3Cscript%3Ealert(1)%3C/script%3E", null).body()).doesNotContain("<script>");
    }

    @Test
    void unknownPage_browserGetsPageInItsLanguage() {
        HttpResponse<String> r = page("/no/such/page", "ru");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(r.body()).contains("<html lang=\"ru\"");
    }

    @Test
    void staticAsset_isCacheable() {
        HttpResponse<String> r = t.get("/static/site.css", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age"));
    }

    private static HttpResponse<String> page(String path, String acceptLanguage) {
        HttpRequest.Builder b = HttpRequest.newBuilder(t.uri(path)).header("Accept", "text/html,application/xhtml+xml");
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return t.send(b);
    }
}
