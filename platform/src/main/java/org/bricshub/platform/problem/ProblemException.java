package org.bricshub.platform.problem;

import java.util.Map;

/**
 * A failure that the caller caused or must know about, carrying what an RFC 9457 problem document needs. The web
 * layer maps every subclass in one place; modules throw subclasses and never build HTTP responses themselves.
 */
public abstract class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;

    /**
     * @param status HTTP status of this kind of problem
     * @param slug   short name of the problem type; its type URI is {@code /problems/<slug>}
     * @param title  summary of the problem type, the same for every occurrence
     * @param detail this occurrence, naming the broken rule
     */
    protected ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** Extension members of the problem document (RFC 9457 §3.2), e.g. the field at fault. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
