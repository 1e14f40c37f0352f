package org.bricshub.platform.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bricshub.platform.org.PlatformRange;

/**
 * The validated configuration of a server. Built from {@link Settings}; every rule is checked here so that a bad
 * value stops the server at start with the setting's name, never later.
 */
public record PlatformConfig(
        Path dataDir,
        String host,
        int port,
        URI publicUrl,
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        int dbEmbeddedPort,
        long maxRequestBytes,
        int ratePerSecond,
        int rateBurst,
        Optional<String> logOrigin,
        String logStorage,
        List<String> logWitnesses,
        int logWitnessQuorum,
        String operatorName,
        String operatorCountry,
        long maxCodesPerBatch,
        Optional<PlatformRange> platformRange,
        int transferExpiryCheckMinutes,
        Optional<URI> translationUrl,
        String translationApiKey,
        Optional<String> scanCountryHeader) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public PlatformConfig {
        dataDir = dataDir.toAbsolutePath().normalize();
        requireRange(Setting.PORT, port, 0, 65535);
        requireRange(Setting.DB_POOL_SIZE, dbPoolSize, 1, 1000);
        requireRange(Setting.DB_EMBEDDED_PORT, dbEmbeddedPort, 0, 65535);
        requireRange(Setting.HTTP_RATE_PER_SECOND, ratePerSecond, 1, 10_000_000);
        requireRange(Setting.HTTP_RATE_BURST, rateBurst, 1, 10_000_000);
        if (maxRequestBytes < 1024) {
            throw new ConfigException(Setting.HTTP_MAX_REQUEST_BYTES.key(), "must be at least 1024 bytes");
        }
        if (!"http".equals(publicUrl.getScheme()) && !"https".equals(publicUrl.getScheme())
                || publicUrl.getHost() == null) {
            throw new ConfigException(Setting.PUBLIC_URL.key(), "must be an absolute http(s) URL");
        }
        dbUrl.filter(u -> !u.startsWith("jdbc:postgresql:")).ifPresent(u -> {
            throw new ConfigException(Setting.DB_URL.key(), "must start with jdbc:postgresql:");
        });
        logOrigin.filter(o -> o.chars().anyMatch(c -> c == '+' || Character.isWhitespace(c))).ifPresent(o -> {
            throw new ConfigException(Setting.LOG_ORIGIN.key(), "must not contain spaces or '+'");
        });
        if (!logStorage.equals("postgres") && !logStorage.equals("files")) {
            throw new ConfigException(Setting.LOG_STORAGE.key(), "must be postgres or files");
        }
        logWitnesses = List.copyOf(logWitnesses);
        if (logWitnesses.stream().anyMatch(w -> w.indexOf('@') <= 0)) {
            throw new ConfigException(Setting.LOG_WITNESSES.key(), "each witness must read <verifier key>@<URL>");
        }
        if (!logWitnesses.isEmpty()) {
            requireRange(Setting.LOG_WITNESS_QUORUM, logWitnessQuorum, 1, logWitnesses.size());
        }
        requireRange(Setting.TRACE_BATCH_MAX_CODES, maxCodesPerBatch, 1, 1L << 40);
        requireRange(Setting.TRANSFER_EXPIRY_CHECK_MINUTES, transferExpiryCheckMinutes, 1, 10_080);
        translationUrl.filter(u -> !"http".equals(u.getScheme()) && !"https".equals(u.getScheme())
                || u.getHost() == null).ifPresent(u -> {
                    throw new ConfigException(Setting.TRANSLATION_URL.key(), "must be an absolute http(s) URL");
                });
        scanCountryHeader.filter(h -> !h.matches("[A-Za-z0-9-]{1,64}")).ifPresent(h -> {
            throw new ConfigException(Setting.SCAN_COUNTRY_HEADER.key(), "must be an HTTP header name (letters, digits, -)");
        });
        if (!COUNTRIES.contains(operatorCountry)) {
            throw new ConfigException(Setting.OPERATOR_COUNTRY.key(), "must be an ISO 3166-1 alpha-2 code");
        }
    }

    /** Validates the resolved settings. */
    public static PlatformConfig from(Settings s) {
        String publicUrl = s.get(Setting.PUBLIC_URL).isBlank()
                ? "http://localhost" + (integer(s, Setting.PORT) > 0 ? ":" + integer(s, Setting.PORT) : "")
                : s.get(Setting.PUBLIC_URL).replaceAll("/+$", "");
        String dbUrl = s.get(Setting.DB_URL);
        URI publicUri = uri(publicUrl);
        String origin = s.get(Setting.LOG_ORIGIN);
        return new PlatformConfig(
                Path.of(s.get(Setting.DATA)),
                s.get(Setting.HOST),
                integer(s, Setting.PORT),
                publicUri,
                dbUrl.isBlank() ? Optional.empty() : Optional.of(dbUrl),
                s.get(Setting.DB_USER),
                s.get(Setting.DB_PASSWORD),
                integer(s, Setting.DB_POOL_SIZE),
                integer(s, Setting.DB_EMBEDDED_PORT),
                longValue(s, Setting.HTTP_MAX_REQUEST_BYTES),
                integer(s, Setting.HTTP_RATE_PER_SECOND),
                integer(s, Setting.HTTP_RATE_BURST),
                origin.isBlank() ? Optional.empty() : Optional.of(origin),
                s.get(Setting.LOG_STORAGE),
                Arrays.stream(s.get(Setting.LOG_WITNESSES).split(",")).map(String::strip).filter(w -> !w.isEmpty())
                        .toList(),
                integer(s, Setting.LOG_WITNESS_QUORUM),
                s.get(Setting.OPERATOR_NAME),
                s.get(Setting.OPERATOR_COUNTRY).toUpperCase(Locale.ROOT),
                longValue(s, Setting.TRACE_BATCH_MAX_CODES),
                platformRange(s.get(Setting.GS1_PLATFORM_RANGE)),
                integer(s, Setting.TRANSFER_EXPIRY_CHECK_MINUTES),
                s.get(Setting.TRANSLATION_URL).isBlank() ? Optional.empty()
                        : Optional.of(uri(Setting.TRANSLATION_URL, s.get(Setting.TRANSLATION_URL))),
                s.get(Setting.TRANSLATION_API_KEY),
                s.get(Setting.SCAN_COUNTRY_HEADER).isBlank() ? Optional.empty() : Optional.of(s.get(Setting.SCAN_COUNTRY_HEADER)));
    }

    /** The log's origin when none is configured or kept: {@code <public host[:port]>/log}. */
    public String defaultLogOrigin() {
        return publicUrl.getHost() + (publicUrl.getPort() > 0 ? ":" + publicUrl.getPort() : "") + "/log";
    }

    @Override
    public String toString() { // keeps the database password out of logs
        return "PlatformConfig[data=" + dataDir + ", listen=" + host + ":" + port + ", publicUrl=" + publicUrl
                + ", db=" + dbUrl.map(u -> u.replaceAll("password=[^&]*", "password=***")).orElse("embedded")
                + ", pool=" + dbPoolSize + "]";
    }

    private static int integer(Settings s, Setting setting) {
        long v = longValue(s, setting);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new ConfigException(setting.key(), "out of range: " + v);
        }
        return (int) v;
    }

    private static long longValue(Settings s, Setting setting) {
        try {
            return Long.parseLong(s.get(setting));
        } catch (NumberFormatException e) {
            throw new ConfigException(setting.key(), "must be a whole number, got '" + s.get(setting) + "'");
        }
    }

    private static Optional<PlatformRange> platformRange(String value) {
        try {
            return value.isBlank() ? Optional.empty() : Optional.of(new PlatformRange(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(Setting.GS1_PLATFORM_RANGE.key(), e.getMessage());
        }
    }

    private static URI uri(String value) {
        return uri(Setting.PUBLIC_URL, value);
    }

    private static URI uri(Setting setting, String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(setting.key(), "not a URL: " + value);
        }
    }

    private static void requireRange(Setting setting, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ConfigException(setting.key(), "must be between " + min + " and " + max + ", got " + value);
        }
    }
}
