package org.bricshub.web.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bricshub.platform.problem.OverloadedException;
import org.bricshub.platform.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: RFC 9457 {@code application/problem+json} documents with the
 * type, title, status, detail and instance members. Unexpected exceptions become a 500 that names no internals;
 * they are logged here, once, with the request that caused them.
 */
public final class ProblemMapper {
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private final ObjectMapper json;
    private final BrowserErrorPage errorPage;

    /** @param errorPage renders failures for browsers, or null to answer problem documents to everyone */
    public ProblemMapper(ObjectMapper json, BrowserErrorPage errorPage) {
        this.json = json;
        this.errorPage = errorPage;
    }

    /** A failure thrown by a module. */
    public void problem(ProblemException e, Context ctx) {
        if (e instanceof OverloadedException o) {
            ctx.header("Retry-After", Long.toString(o.retryAfterSeconds()));
        }
        write(ctx, e.status(), e.slug(), e.title(), e.detail(), e.extensions());
    }

    /** Javalin's own failures: unmatched routes, wrong methods, bodies over the limit. */
    public void http(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String detail = switch (status) {
            case 404 -> "no resource at " + ctx.path();
            case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
            case 413 -> "the request body is larger than the limit of this server";
            default -> e.getMessage();
        };
        write(ctx, status, slugOf(status), HttpStatus.forStatus(status).getMessage(), detail, Map.of());
    }

    /** A status set without an exception, e.g. Javalin's 404 for an unmatched path. */
    public void status(Context ctx) {
        int status = ctx.statusCode();
        String detail = status == 404 ? "no resource at " + ctx.path() : HttpStatus.forStatus(status).getMessage();
        write(ctx, status, slugOf(status), HttpStatus.forStatus(status).getMessage(), detail, Map.of());
    }

    /** Anything else is our fault: log it once, tell the client nothing of the internals. */
    public void unexpected(Exception e, Context ctx) {
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        write(ctx, 500, "internal-error", "Internal server error",
                "the server failed to answer this request; it has been logged", Map.of());
    }

    private void write(Context ctx, int status, String slug, String title, String detail, Map<String, Object> ext) {
        if (errorPage != null && BrowserErrorPage.isWanted(ctx)) {
            errorPage.render(ctx.status(status), status, slug);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        // The EPCIS 2.0 REST binding names its problem types with CURIEs, e.g. epcisException:ValidationException.
        body.put("type", slug.startsWith("epcisException:") ? slug : "/problems/" + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        ext.forEach(body::putIfAbsent);
        try {
            ctx.status(status).contentType(CONTENT_TYPE).result(json.writeValueAsBytes(body));
        } catch (Exception e) {
            LOG.error("cannot write problem document", e);
            ctx.status(status).contentType(CONTENT_TYPE).result("{\"status\":" + status + "}");
        }
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "invalid-input";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "content-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            case 503 -> "unavailable";
            default -> "http-" + status;
        };
    }
}
