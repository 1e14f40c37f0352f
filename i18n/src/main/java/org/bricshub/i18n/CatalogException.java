package org.bricshub.i18n;

/**
 * A catalog resource that cannot be used: missing, unreadable, malformed, or with a key or pattern that breaks a
 * rule. Carries the resource name and the 1-based line (0 when the fault is not on one line).
 */
public final class CatalogException extends RuntimeException {

    private final String resource;
    private final int line;

    CatalogException(String resource, int line, String rule) {
        super(resource + (line > 0 ? ":" + line : "") + ": " + rule);
        this.resource = resource;
        this.line = line;
    }

    CatalogException(String resource, String rule, Throwable cause) {
        super(resource + ": " + rule, cause);
        this.resource = resource;
        this.line = 0;
    }

    /** The classpath resource at fault, such as {@code /i18n/messages_fr.properties}. */
    public String resource() {
        return resource;
    }

    /** The 1-based line at fault, or 0 when the fault concerns the resource as a whole. */
    public int line() {
        return line;
    }
}
