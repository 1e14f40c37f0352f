package org.bricshub.capture;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts an EPCISQueryDocument to a subscriber's webhook (REST binding callback {@code querySubscriptionResults}).
 * When the subscriber gave a {@code signatureToken}, the request carries
 * {@code GS1-Signature: sha256=<hex HMAC-SHA256 of the exact body bytes, keyed with the token's UTF-8 bytes>}: the
 * binding leaves the scheme to the implementation and names HMAC-SHA256 as an example.
 */
final class WebhookSender {
    static final String SIGNATURE_HEADER = "GS1-Signature";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http;

    WebhookSender(HttpClient http) {
        this.http = http;
    }

    /** Whether the receiver acknowledged (2xx); any other answer or a network failure is false. */
    boolean post(URI dest, String signatureToken, String document) {
        byte[] body = document.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(dest).timeout(TIMEOUT)
                .header("Content-Type", "application/ld+json").header("GS1-EPCIS-Version", "2.0.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signatureToken != null) {
            request.header(SIGNATURE_HEADER, signature(signatureToken, body));
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The header value for {@code body} signed with {@code token}. */
    static String signature(String token, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is a required JDK algorithm", e);
        }
    }
}
