package org.bricshub.web.epcis;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bricshub.capture.EventPage;
import org.bricshub.capture.QueryDocument;
import org.bricshub.epcis.query.EventQuery;
import org.bricshub.epcis.query.EventQueryParser;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * What the query resources of the REST binding share: reading the query string with the prefixes of the
 * {@code GS1-Extensions} header, and answering a page of events as an EPCISQueryDocument with a
 * {@code Link: <...>; rel="next"} header.
 */
final class EventPages {
    private EventPages() {}

    /** The query string as an event query. */
    static EventQuery query(Context ctx) {
        return EventQueryParser.parse(ctx.queryParamMap(), extensionPrefixes(ctx.header("GS1-Extensions")));
    }

    /** {@code GS1-Extensions: ex=https://example.org/ns/, ex2=...} as prefix to namespace. */
    static Map<String, String> extensionPrefixes(String header) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return prefixes;
        }
        for (String binding : header.split(",")) {
            int eq = binding.indexOf('=');
            if (eq < 1 || eq == binding.strip().length() - 1) {
                throw new InvalidInputException("GS1-Extensions", "each extension is prefix=namespace, was '"
                        + binding.strip() + "'");
            }
            prefixes.put(binding.substring(0, eq).strip(), binding.substring(eq + 1).strip());
        }
        return prefixes;
    }

    /** Answers 200 with the page as an EPCISQueryDocument. */
    static void send(Context ctx, String queryName, EventPage page) {
        if (page.nextPageToken() != null) {
            ctx.header("Link", "<" + nextPage(ctx, page.nextPageToken()) + ">; rel=\"next\"");
        }
        EpcisCaptureRoutes.versions(ctx);
        ctx.contentType("application/ld+json").result(QueryDocument.of(queryName, null, page.events(), Instant.now()));
    }

    /** The request's own URL with {@code nextPageToken} set. */
    static String nextPage(Context ctx, String token) {
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        params.put("nextPageToken", List.of(token));
        return ctx.path() + "?" + params.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
