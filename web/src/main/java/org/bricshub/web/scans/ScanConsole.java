package org.bricshub.web.scans;

import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.i18n.Formats;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.ProblemException;
import org.bricshub.trace.ScanAnalytics;
import org.bricshub.trace.ScanSummary;
import org.bricshub.web.pages.PageContext;
import org.bricshub.web.pages.Pages;

/**
 * The console page of scan analytics: a form (API key, GTIN, period) answered with the chart of scans per day and
 * country and the code's alerts. Like the codes console, the key travels with the form and is not kept.
 */
final class ScanConsole {
    private final Pages pages;
    private final ScanAnalytics analytics;
    private final Authenticator authenticator;

    ScanConsole(Pages pages, ScanAnalytics analytics, Authenticator authenticator) {
        this.pages = pages;
        this.analytics = analytics;
        this.authenticator = authenticator;
    }

    void show(Context ctx) {
        render(ctx, Optional.ofNullable(ctx.queryParam("gtin")).orElse(""), "30", null, null, List.of());
    }

    void report(Context ctx) {
        PageContext page = pages.context(ctx);
        String gtin = field(ctx, "gtin");
        String days = field(ctx, "days");
        try {
            Principal caller = authenticator.authenticate("Bearer " + field(ctx, "key").strip());
            ScanSummary summary = analytics.summary(caller, gtin, ScanRoutes.days(days));
            List<AlertRow> alerts = analytics.alerts(caller, Optional.of(summary.gtin())).stream()
                    .map(a -> new AlertRow(page.t("scans.alert." + ScanAnalytics.wireName(a.kind())),
                            a.gtin() + (a.lot().isEmpty() ? "" : " / " + a.lot()) + " / " + a.serial(),
                            Formats.dateTime(page.language(), a.firstAt(), ZoneOffset.UTC),
                            Formats.dateTime(page.language(), a.lastAt(), ZoneOffset.UTC),
                            Formats.number(page.language(), a.scans()))).toList();
            ScanChart chart = ScanChart.of(summary, page.language(), page.t("scans.country.other"),
                    page.t("scans.country.unknown"));
            render(ctx, summary.gtin(), days, chart, null, alerts);
        } catch (ProblemException e) {
            ctx.status(e.status());
            render(ctx, gtin, days, null, e.detail(), List.of());
        }
    }

    private void render(Context ctx, String gtin, String days, ScanChart chart, String error, List<AlertRow> alerts) {
        PageContext page = pages.context(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("gtin", gtin);
        params.put("days", days.isBlank() ? "30" : days);
        params.put("chart", chart);
        params.put("error", error);
        params.put("alerts", alerts);
        pages.render(ctx, page, "scan-console.jte", params);
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
