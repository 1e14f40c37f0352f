package org.bricshub.web.journey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.Messages;
import org.bricshub.i18n.Vocabulary;
import org.bricshub.journey.Journey;
import org.bricshub.journey.Journeys;
import org.bricshub.trace.CodeAlert;
import org.bricshub.trace.CodeAlerts;
import org.bricshub.web.pages.PageContext;
import org.bricshub.web.pages.Pages;
import org.bricshub.web.resolver.ConsumerPage;

/**
 * The consumer's journey page for a scanned serial-level Digital Link (docs/design/journey.md): server-rendered in
 * the viewer's language ({@code ?lang=}, Accept-Language, then the product's language), each timeline step carrying
 * {@code data-event-id} (the event hash ID), checked in the browser by /static/journey/journey.js with
 * /log/verify.js. A code that was never issued answers 404 with a page saying it is not genuine.
 *
 * <p>Rendering is cached per assembled journey (held weakly: when the journey cache lets a journey go, its pages go),
 * language and alert set; the alerts are asked for on every request.
 */
public final class JourneyPage implements ConsumerPage {
    private final Pages pages;
    private final Journeys journeys;
    private final CodeAlerts alerts;
    private final LogTrust trust;
    private final JourneyViews views;
    private final Cache<Journey, Map<String, String>> rendered = Caffeine.newBuilder().weakKeys().build();

    public JourneyPage(Pages pages, Messages messages, Vocabulary vocabulary, Journeys journeys, CodeAlerts alerts,
            LogTrust trust) {
        this.pages = pages;
        this.journeys = journeys;
        this.alerts = alerts;
        this.trust = trust;
        this.views = new JourneyViews(messages, vocabulary);
    }

    @Override
    public void show(Context ctx, DigitalLink link) {
        Journey journey = journeys.of(link, link.stem());
        Language fallback = journey.product().map(p -> p.data().defaultLanguage()).orElse(Language.EN);
        PageContext page = pages.context(ctx, fallback);
        Set<CodeAlert> active = alerts.activeFor(link);
        if (!journey.genuine() || active.contains(CodeAlert.NEVER_ISSUED)) {
            ctx.status(404);
            pages.render(ctx, page, "journey-not-genuine.jte", Map.of("page", page));
            return;
        }
        EnumSet<CodeAlert> shown = active.isEmpty() ? EnumSet.noneOf(CodeAlert.class) : EnumSet.copyOf(active);
        String key = page.lang() + shown;
        String html = rendered.get(journey, j -> new ConcurrentHashMap<>()).computeIfAbsent(key, k -> pages.html(
                "journey.jte", Map.of("page", page, "journey", views.of(journey, page.language(), shown),
                        "trust", trust)));
        ctx.header("Cache-Control", "no-cache");
        pages.send(ctx, page, html);
    }
}
