package org.bricshub.web;

import org.bricshub.platform.config.PlatformConfig;

/** What the HTTP server needs to know of the configuration. */
public record WebSettings(String host, int port, String publicUrl, long maxRequestBytes, int ratePerSecond,
                          int rateBurst, String version) {

    public static WebSettings of(PlatformConfig config, String version) {
        return new WebSettings(config.host(), config.port(), config.publicUrl().toString(), config.maxRequestBytes(),
                config.ratePerSecond(), config.rateBurst(), version);
    }
}
