package org.bricshub.platform.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * API key secrets: {@code bh_} followed by 256 random bits in base64url (the prefix lets secret scanners spot a
 * leaked key). A secret of 256 random bits cannot be guessed, so a single SHA-256 is a sufficient stored hash; a
 * slow password hash would only cost every request time.
 */
final class ApiKeySecret {
    static final String PREFIX = "bh_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ENCODED_LENGTH = PREFIX.length() + 43;

    private ApiKeySecret() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when the text has the shape of a secret we issue; anything else is refused without a lookup. */
    static boolean isWellFormed(String secret) {
        return secret.length() == ENCODED_LENGTH && secret.startsWith(PREFIX)
                && secret.chars().skip(PREFIX.length()).allMatch(ApiKeySecret::isBase64Url);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static boolean isBase64Url(int ch) {
        return ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '_';
    }
}
