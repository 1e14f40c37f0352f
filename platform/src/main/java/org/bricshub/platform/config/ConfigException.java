package org.bricshub.platform.config;

/** A setting is unknown or its value breaks a rule; the message names the setting and the rule. */
public final class ConfigException extends RuntimeException {
    private final String setting;

    public ConfigException(String setting, String rule) {
        super(setting + ": " + rule);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
