package org.bricshub.web.resolver;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bricshub.gs1.Gs1Exception;
import org.bricshub.platform.problem.ProblemException;

/**
 * A request path or query that is not a valid GS1 Digital Link (400, GS1-Conformant Resolver 1.2 §4.3: invalid
 * syntax is reported with 400, never with a 200 page). Names the GS1 rule broken and the AI concerned.
 */
public final class InvalidDigitalLinkException extends ProblemException {
    /** The problem type slug, for the browser's error page. */
    public static final String SLUG = "invalid-digital-link";
    private final Map<String, Object> extensions;

    public InvalidDigitalLinkException(Gs1Exception e) {
        super(400, SLUG, "Invalid GS1 Digital Link", e.getMessage());
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("rule", e.rule().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (e.ai() != null) {
            ext.put("ai", e.ai());
        }
        this.extensions = Map.copyOf(ext);
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
