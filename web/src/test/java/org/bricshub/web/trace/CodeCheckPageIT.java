package org.bricshub.web.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console page that checks a code, in the reader's language. */
class CodeCheckPageIT {
    static final String GTIN = "09506000134352";
    @TempDir
    static Path dataDir;
    static TraceFixture f;
    static String genuineUri;

    @BeforeAll
    static void start() throws Exception {
        f = new TraceFixture(dataDir);
        f.product(GTIN);
        f.batch(f.ownerA, GTIN, "{\"lot\":\"PAGE\",\"count\":2}");
        genuineUri = new String(f.download(f.ownerA, "/api/products/" + GTIN + "/batches/PAGE/codes?count=1").body(),
                StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow().split(",")[0];
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void genuineCode_showsProductInTheReadersLanguage() {
        HttpResponse<String> page = f.t.get("/codes/check?lang=zh&uri=" + encode(genuineUri), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh\"", "正品码", "铁观音", "PAGE", "已赋码");
    }

    @Test
    void recalledCode_warns() {
        f.t.postJson("/api/codes/state", f.ownerA, "{\"uri\":\"" + genuineUri + "\",\"state\":\"recalled\"}");
        String body = f.t.get("/codes/check?lang=fr&uri=" + encode(genuineUri), null).body();
        assertThat(body).contains("Code authentique", "rappel", "Rappelé");
        f.t.postJson("/api/codes/state", f.ownerA, "{\"uri\":\"" + genuineUri + "\",\"state\":\"commissioned\"}");
    }

    @Test
    void unknownSerial_isNotGenuine_andGarbageIsExplained() {
        String fake = genuineUri.substring(0, genuineUri.lastIndexOf('/') + 1) + "0000000000000000";
        assertThat(f.t.get("/codes/check?lang=en&uri=" + encode(fake), null).body()).contains("This code is not genuine");
        assertThat(f.t.get("/codes/check?lang=en&uri=hello", null).body()).contains("This is not a product code link");
        assertThat(f.t.get("/codes/check?lang=ar", null).body()).contains("dir=\"rtl\"", "التحقق من رمز منتج")
                .doesNotContain("id=\"result\"");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
