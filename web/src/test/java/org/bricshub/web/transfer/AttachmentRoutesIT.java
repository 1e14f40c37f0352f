package org.bricshub.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bricshub.web.transfer.TransferFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bricshub.transfer.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentRoutesIT {
    @TempDir
    static Path dataDir;
    static TransferFixture f;
    static String owner;
    static String stranger;

    @BeforeAll
    static void start() throws Exception {
        f = new TransferFixture(dataDir);
        owner = f.ownerKey("Tsinghua Lab", "research_institution");
        stranger = f.ownerKey("Cape Agri", "brand_owner");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static HttpResponse<byte[]> upload(long id, String key, String type, String name, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(f.t.uri("/api/transfer/listings/" + id + "/files"
                + (name == null ? "" : "?name=" + name))).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return bytes(b);
    }

    private static HttpResponse<byte[]> bytes(HttpRequest.Builder b) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode problem(HttpResponse<byte[]> r, int status) throws Exception {
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        return TransferFixture.JSON.readTree(r.body());
    }

    private static HttpResponse<byte[]> fetch(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(f.t.uri(path));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return bytes(b);
    }

    @Test
    void pdf_uploadedRawIsServedAsADownloadCachedForGoodOncePublished() throws Exception {
        long id = f.create(owner, TransferFixture.listing("offer", "en", "Drip kit", "Low-cost kit"));
        HttpResponse<byte[]> r = upload(id, owner, "application/pdf", "Datenblatt%20%C3%BC.pdf", TestFiles.pdf());
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        JsonNode a = TransferFixture.JSON.readTree(r.body());
        String href = a.get("href").asText();
        assertThat(r.headers().firstValue("Location")).contains(href);
        assertThat(a.get("name").asText()).isEqualTo("Datenblatt ü.pdf");
        assertThat(a.get("sha256").asText()).hasSize(64);

        assertThat(fetch(href, null).statusCode()).as("unpublished: hidden from the public").isEqualTo(404);
        HttpResponse<byte[]> draft = fetch(href, owner);
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.headers().firstValue("Cache-Control")).contains("private, no-store");

        f.t.postJson("/api/transfer/listings/" + id + "/approve", f.t.adminKey, "");
        HttpResponse<byte[]> pub = fetch(href, null);
        assertThat(pub.statusCode()).isEqualTo(200);
        assertThat(pub.body()).isEqualTo(TestFiles.pdf());
        assertThat(pub.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pub.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(pub.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"Datenblatt _.pdf\"").contains("filename*=UTF-8''Datenblatt%20%C3%BC.pdf");
        String etag = pub.headers().firstValue("ETag").orElseThrow();
        assertThat(bytes(HttpRequest.newBuilder(f.t.uri(href)).header("If-None-Match", etag)).statusCode())
                .isEqualTo(304);
        JsonNode list = json(f.t.get("/api/transfer/listings/" + id + "/files", null));
        assertThat(list.get(0).get("kind").asText()).isEqualTo("document");
    }

    @Test
    void image_uploadedAsMultipartGetsAThumbnail() throws Exception {
        long id = f.create(owner, TransferFixture.listing("offer", "en", "Seed drill", "Precise"));
        String boundary = "----bricshub";
        byte[] png = TestFiles.image("png", 400, 200);
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"drill.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + png.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(png, 0, body, head.length, png.length);
        System.arraycopy(tail, 0, body, head.length + png.length, tail.length);
        HttpResponse<byte[]> r = upload(id, owner, "multipart/form-data; boundary=" + boundary, null, body);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        JsonNode a = TransferFixture.JSON.readTree(r.body());
        assertThat(a.get("kind").asText()).isEqualTo("image");
        assertThat(a.get("name").asText()).isEqualTo("drill.png");
        HttpResponse<byte[]> thumb = fetch(a.get("thumbnail").asText(), owner);
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumb.body())).getWidth())
                .isEqualTo(320);
        HttpResponse<byte[]> full = fetch(a.get("href").asText(), owner);
        assertThat(full.headers().firstValue("Content-Disposition")).as("images show inline").isEmpty();
    }

    @Test
    void badUploads_areProblemsNamingFieldAndRule() throws Exception {
        long id = f.create(owner, TransferFixture.listing("offer", "en", "Sprayer", "Drone sprayer"));
        byte[] html = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        JsonNode notPdf = problem(upload(id, owner, "application/pdf", "x.pdf", html), 400);
        assertThat(notPdf.get("field").asText()).isEqualTo("file");
        assertThat(notPdf.get("rule").asText()).contains("%PDF-");
        assertThat(problem(upload(id, owner, "text/html", "x.html", html), 400).get("rule").asText())
                .contains("application/pdf, image/png or image/jpeg");
        assertThat(problem(upload(id, owner, "image/webp", "x.webp", html), 400).get("rule").asText())
                .contains("WebP");
        assertThat(problem(upload(id, owner, "image/jpeg", "x.jpg", TestFiles.image("png", 5, 5)), 400)
                .get("rule").asText()).contains("not a decodable image/jpeg");
        byte[] big = new byte[TransferFixture.LIMITS.maxDocumentBytes() + 1];
        System.arraycopy(TestFiles.pdf(), 0, big, 0, 5);
        assertThat(problem(upload(id, owner, "application/pdf", "big.pdf", big), 400).get("rule").asText())
                .contains("at most 4000 bytes");
        assertThat(upload(id, owner, "application/pdf", "a.pdf", TestFiles.pdf()).statusCode()).isEqualTo(201);
        byte[] other = (new String(TestFiles.pdf(), StandardCharsets.US_ASCII) + "%second").getBytes(
                StandardCharsets.US_ASCII);
        assertThat(upload(id, owner, "application/pdf", "b.pdf", other).statusCode()).isEqualTo(201);
        byte[] third = (new String(other, StandardCharsets.US_ASCII) + "%third").getBytes(StandardCharsets.US_ASCII);
        assertThat(problem(upload(id, owner, "application/pdf", "c.pdf", third), 400).get("rule").asText())
                .isEqualTo("at most 2 documents per listing");
        assertThat(problem(upload(id, stranger, "application/pdf", "a.pdf", TestFiles.pdf()), 403)).isNotNull();
        assertThat(problem(upload(id, null, "application/pdf", "a.pdf", TestFiles.pdf()), 401)).isNotNull();
        assertThat(problem(fetch("/api/transfer/listings/" + id + "/files/xyz", owner), 400).get("field").asText())
                .isEqualTo("sha256");
    }

    @Test
    void delete_removesTheFileForTheOwnerOnly() throws Exception {
        long id = f.create(owner, TransferFixture.listing("offer", "en", "Pump", "Solar pump"));
        String sha = TransferFixture.JSON.readTree(upload(id, owner, "application/pdf", "p.pdf", TestFiles.pdf())
                .body()).get("sha256").asText();
        String path = "/api/transfer/listings/" + id + "/files/" + sha;
        HttpRequest.Builder del = HttpRequest.newBuilder(f.t.uri(path)).DELETE();
        assertThat(f.t.send(del.copy().header("Authorization", "Bearer " + stranger)).statusCode()).isEqualTo(403);
        assertThat(f.t.send(del.copy().header("Authorization", "Bearer " + owner)).statusCode()).isEqualTo(204);
        assertThat(fetch(path, owner).statusCode()).isEqualTo(404);
    }

    @Test
    void translate_reusesTheTerminologyAndMarksTheVersionAsMachineMade() throws Exception {
        long id = f.create(owner, TransferFixture.listing("offer", "en", "Drip irrigation", "drip irrigation"));
        HttpResponse<String> r = f.t.postJson("/api/transfer/listings/" + id + "/translations/zh", owner, "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode l = json(r);
        assertThat(l.get("versions").get("zh").get("title").asText()).isEqualTo("滴灌");
        assertThat(l.get("machineTranslated").get("zh").asText()).isEqualTo("memory");
        assertThat(l.get("machineTranslated").has("en")).isFalse();

        long other = f.create(owner, TransferFixture.listing("offer", "en", "Drip irrigation", "Nobody wrote this"));
        JsonNode missing = json(f.t.postJson("/api/transfer/listings/" + other + "/translations/ru", owner, ""));
        assertThat(missing.get("status").asInt()).isEqualTo(422);
        assertThat(missing.get("field").asText()).isEqualTo("summary");
        assertThat(f.t.postJson("/api/transfer/listings/" + id + "/translations/en", owner, "").statusCode())
                .isEqualTo(409);
        assertThat(f.t.postJson("/api/transfer/listings/" + id + "/translations/xx", owner, "").statusCode())
                .isEqualTo(400);
        assertThat(f.t.postJson("/api/transfer/listings/" + id + "/translations/zh", stranger, "").statusCode())
                .isEqualTo(404);
    }
}
