package org.bricshub.web.scans;

import static java.util.Map.entry;
import static org.bricshub.web.api.Schemas.arrayOf;
import static org.bricshub.web.api.Schemas.dateTime;
import static org.bricshub.web.api.Schemas.enumeration;
import static org.bricshub.web.api.Schemas.integer;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.OverloadedException;
import org.bricshub.trace.CodeAlert;
import org.bricshub.trace.RaisedAlert;
import org.bricshub.trace.ScanAnalytics;
import org.bricshub.trace.ScanPlace;
import org.bricshub.trace.ScanRecorder;
import org.bricshub.trace.ScanSummary;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;
import org.bricshub.web.http.RateLimiter;
import org.bricshub.web.pages.Pages;

/**
 * Scan analytics over HTTP: scans per country and day and the anti-counterfeiting alerts of a GTIN's owner, the
 * place a consumer's browser offers for its scan, and the console page with the chart. Rules live in
 * {@link ScanAnalytics} and {@link ScanRecorder}.
 */
public final class ScanRoutes implements Routes {
    private static final String TAG = "scan analytics";
    private static final int DEFAULT_DAYS = 30;
    private static final Map<String, Object> NUMBER = Map.of("type", "number");
    static final Map<String, Object> SUMMARY = object(properties(
            entry("gtin", string("GTIN-14")), entry("from", string("first day, UTC (YYYY-MM-DD)")),
            entry("to", string("last day, UTC, today")), entry("total", integer("scans in the period")),
            entry("counts", arrayOf(object(properties(entry("day", string("YYYY-MM-DD, UTC")),
                    entry("country", Map.of("type", List.of("string", "null"),
                            "description", "ISO 3166-1 alpha-2; null when the scan's country is unknown")),
                    entry("scans", integer("scans that day from that country"))), List.of("day", "country", "scans"))))),
            List.of("gtin", "from", "to", "total", "counts"));
    static final Map<String, Object> ALERTS = object(properties(entry("alerts", arrayOf(object(properties(
            entry("kind", enumeration("why the code is suspect",
                    Arrays.stream(CodeAlert.values()).map(ScanAnalytics::wireName).toList())),
            entry("gtin", string("GTIN-14")), entry("lot", string("lot as scanned, empty when none")),
            entry("serial", string("serial as scanned")), entry("firstAt", dateTime("first scan raising it")),
            entry("lastAt", dateTime("latest scan raising it")), entry("scans", integer("scans raising it"))),
            List.of("kind", "gtin", "lot", "serial", "firstAt", "lastAt", "scans"))))), List.of("alerts"));
    static final Map<String, Object> PLACE = object(properties(
            entry("lat", NUMBER), entry("lon", NUMBER)), List.of("lat", "lon"));

    private final ScanAnalytics analytics;
    private final ScanRecorder recorder;
    private final Callers callers;
    private final JsonBodies bodies;
    private final ScanConsole console;
    private final RateLimiter placeLimiter = new RateLimiter(1, 5);

    public ScanRoutes(ScanAnalytics analytics, ScanRecorder recorder, Callers callers, JsonBodies bodies, Pages pages,
                      Authenticator authenticator) {
        this.analytics = analytics;
        this.recorder = recorder;
        this.callers = callers;
        this.bodies = bodies;
        this.console = new ScanConsole(pages, analytics, authenticator);
    }

    /** The body of a place report: coordinates in decimal degrees (WGS 84), rounded to 0.1 degree on arrival. */
    record PlaceBody(Double lat, Double lon) {
        PlaceBody {
            if (lat == null) {
                throw new InvalidInputException("lat", "is required");
            }
            if (lon == null) {
                throw new InvalidInputException("lon", "is required");
            }
        }
    }

    @Override
    public void register(ApiRouter router) {
        router.api(ApiOperation.get("/api/scans/summary", TAG,
                "Scans of ?gtin= per country and day over the last ?days= (1-366, default 30); owner only", true,
                SUMMARY), this::summary);
        router.api(ApiOperation.get("/api/scans/alerts", TAG,
                "Anti-counterfeiting alerts of ?gtin=, or of every GTIN of the caller's organisation; owner only",
                true, ALERTS), this::alerts);
        router.api(new ApiOperation(HandlerType.POST, "/api/scans/{scanId}/place", TAG,
                "The coarse place the browser offers for its scan, within 10 minutes of it; rounded to 0.1 degree",
                false, PLACE, 202, null), this::place);
        router.plain(HandlerType.GET, "/console/scans", console::show);
        router.plain(HandlerType.POST, "/console/scans", console::report);
    }

    private void summary(Context ctx) {
        ScanSummary summary = analytics.summary(callers.require(ctx), required(ctx, "gtin"), days(ctx.queryParam("days")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gtin", summary.gtin());
        body.put("from", summary.from().toString());
        body.put("to", summary.to().toString());
        body.put("total", summary.total());
        body.put("counts", summary.counts().stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", c.day().toString());
            row.put("country", c.country().orElse(null));
            row.put("scans", c.scans());
            return row;
        }).toList());
        ctx.json(body);
    }

    private void alerts(Context ctx) {
        String gtin = ctx.queryParam("gtin");
        List<RaisedAlert> alerts = analytics.alerts(callers.require(ctx),
                gtin == null || gtin.isBlank() ? Optional.empty() : Optional.of(gtin));
        ctx.json(Map.of("alerts", alerts.stream().map(ScanRoutes::alertJson).toList()));
    }

    static Map<String, Object> alertJson(RaisedAlert a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", ScanAnalytics.wireName(a.kind()));
        row.put("gtin", a.gtin());
        row.put("lot", a.lot());
        row.put("serial", a.serial());
        row.put("firstAt", a.firstAt().toString());
        row.put("lastAt", a.lastAt().toString());
        row.put("scans", a.scans());
        return row;
    }

    private void place(Context ctx) {
        Duration wait = placeLimiter.acquire(ctx.ip());
        if (!wait.isZero()) {
            throw OverloadedException.rateLimited(wait);
        }
        UUID scanId = scanId(ctx.pathParam("scanId"));
        PlaceBody body = bodies.read(ctx, PlaceBody.class);
        recorder.reportPlace(scanId, ScanPlace.rounded(body.lat(), body.lon()));
        ctx.status(202);
    }

    private static UUID scanId(String value) {
        if (value == null || !value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw new InvalidInputException("scanId", "must be the scan identifier the page was given (a UUID)");
        }
        return UUID.fromString(value);
    }

    static int days(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("days", "must be a whole number between 1 and " + ScanAnalytics.MAX_DAYS);
        }
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, "is required");
        }
        return value;
    }
}
