package org.bricshub.platform.config;

/**
 * Every setting of the platform, with its key, environment variable, default and unit. This list is the single
 * source of truth: {@code docs/config.md} documents each entry (a test keeps the two in step).
 */
public enum Setting {
    DATA("data", "./data", "path", "Data folder: embedded database (DATA/pg), keys, lock file."),
    HOST("host", "0.0.0.0", "address", "Interface the HTTP server listens on."),
    PORT("port", "8080", "TCP port", "Port the HTTP server listens on; 0 picks a free port."),
    PUBLIC_URL("public.url", "", "URL",
            "Public base URL of this server, used in codes and links; empty means http://localhost:<port>."),
    DB_URL("db.url", "", "JDBC URL", "External PostgreSQL (jdbc:postgresql://...); empty runs the embedded one."),
    DB_USER("db.user", "postgres", "name", "User for the external PostgreSQL."),
    DB_PASSWORD("db.password", "", "secret", "Password for the external PostgreSQL; never logged."),
    DB_POOL_SIZE("db.pool.size", "16", "connections", "Maximum size of the connection pool."),
    DB_EMBEDDED_PORT("db.embedded.port", "0", "TCP port", "Port of the embedded PostgreSQL; 0 picks a free one."),
    HTTP_MAX_REQUEST_BYTES("http.max.request.bytes", "10485760", "bytes", "Largest request body accepted (413 above)."),
    HTTP_RATE_PER_SECOND("http.rate.per.second", "200", "requests/s",
            "Sustained requests per second allowed per client (API key, else address); 429 above."),
    HTTP_RATE_BURST("http.rate.burst", "400", "requests", "Burst size of the per-client rate limit."),
    LOG_ORIGIN("log.origin", "", "text",
            "Origin line of the log's checkpoints; empty keeps the one in DATA/log.key, else <public host>/log."),
    LOG_STORAGE("log.storage", "postgres", "postgres or files",
            "Where the log keeps tiles: the database, or DATA/log laid out as C2SP static files."),
    LOG_WITNESSES("log.witnesses", "", "list of vkey@URL",
            "Witnesses asked to cosign each checkpoint (C2SP tlog-witness): comma-separated <verifier key>@<URL>."),
    LOG_WITNESS_QUORUM("log.witness.quorum", "1", "witnesses",
            "Cosignatures a checkpoint needs before it is republished carrying them; 1 to the number of witnesses."),
    OPERATOR_NAME("operator.name", "BRICS Hub operator", "text",
            "Name of the platform operator organisation created on first start."),
    OPERATOR_COUNTRY("operator.country", "CN", "ISO 3166-1 alpha-2",
            "Country of the platform operator organisation created on first start."),
    TRACE_BATCH_MAX_CODES("trace.batch.max.codes", "100000000", "codes",
            "Most codes one batch may hold; a larger count is refused with 400."),
    GS1_PLATFORM_RANGE("gs1.platform.range", "", "digits",
            "The operator's GS1 company prefix whose sub-ranges go to organisations without GS1 membership; empty: none."),
    TRANSFER_EXPIRY_CHECK_MINUTES("transfer.expiry.check.minutes", "60", "minutes",
            "How often published listings past their year are moved to expired."),
    TRANSLATION_URL("translation.url", "", "URL",
            "LibreTranslate-compatible machine-translation service; empty (the default) uses the translation memory only."),
    TRANSLATION_API_KEY("translation.api.key", "", "secret",
            "API key sent to the machine-translation service, if it asks for one; never logged."),
    SCAN_COUNTRY_HEADER("scan.country.header", "", "HTTP header name",
            "Request header a trusted proxy sets to the client's ISO country (e.g. CF-IPCountry), stored with each "
                    + "scan; empty: off. Set it only behind a proxy that overwrites the header.");

    private final String key;
    private final String defaultValue;
    private final String unit;
    private final String description;

    Setting(String key, String defaultValue, String unit, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.unit = unit;
        this.description = description;
    }

    /** The key in a config file and in {@code --set key=value}, e.g. {@code db.pool.size}. */
    public String key() {
        return key;
    }

    /** The environment variable, e.g. {@code BRICSHUB_DB_POOL_SIZE}. */
    public String env() {
        return "BRICSHUB_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }
}
