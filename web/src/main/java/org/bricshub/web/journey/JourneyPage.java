package org.bricshub.web.journey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.Messages;
import org.bricshub.i18n.Vocabulary;
import org.bricshub.journey.Journey;
import org.bricshub.journey.Journeys;
import org.bricshub.trace.CodeAlert;
import org.bricshub.trace.CodeAlerts;
import org.bricshub.web.http.RequestGuards;
import org.bricshub.web.pages.PageContext;
import org.bricshub.web.pages.Pages;
import org.bricshub.web.resolver.ConsumerPage;
import org.bricshub.web.resolver.ScanListener;

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
    /** Where journey.jte lets the offer to share the place go; replaced, never sent. */
    public static final String PLACE_SLOT = "<!--place-->";
    /** Never a scan's id (those start with the scan time), so it marks where the id goes in a cached offer. */
    private static final String NO_SCAN = new UUID(0, 0).toString();
    private final Pages pages;
    private final Journeys journeys;
    private final CodeAlerts alerts;
    private final LogTrust trust;
    private final JourneyViews views;
    private final Cache<Journey, Map<String, Rendered>> rendered = Caffeine.newBuilder().weakKeys().build();
    private final Map<Language, String> placeOffers = new ConcurrentHashMap<>();

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
        Rendered html = rendered.get(journey, j -> new ConcurrentHashMap<>()).computeIfAbsent(key, k -> Rendered.of(
                pages.html("journey.jte", Map.of("page", page, "journey", views.of(journey, page.language(), shown),
                        "trust", trust))));
        UUID scanId = ctx.attribute(ScanListener.SCAN_ID);
        if (scanId != null) {  // the consumer may offer a coarse place for this scan, after pressing the button
            RequestGuards.allowGeolocation(ctx);
        }
        ctx.header("Cache-Control", "no-cache");
        pages.send(ctx, page, scanId == null ? html.page()
                : html.with(placeOffer(page).replace(NO_SCAN, scanId.toString())));
    }

    /** The offer to share the place, rendered once per language for a scan id replaced per request. */
    private String placeOffer(PageContext page) {
        return placeOffers.computeIfAbsent(page.language(), l -> pages.html("journey-place.jte",
                Map.of("page", page, "scanId", NO_SCAN)));
    }

    /**
     * A cached page and where the per-request offer to share the place goes: the scan id differs on every request,
     * the rest of the page does not.
     */
    private record Rendered(String page, int slot) {
        static Rendered of(String html) {
            int slot = html.indexOf(PLACE_SLOT);
            if (slot < 0) {
                throw new IllegalStateException("journey.jte lacks the place slot " + PLACE_SLOT);
            }
            return new Rendered(html.substring(0, slot) + html.substring(slot + PLACE_SLOT.length()), slot);
        }

        String with(String fragment) {
            return new StringBuilder(page.length() + fragment.length()).append(page, 0, slot).append(fragment)
                    .append(page, slot, page.length()).toString();
        }
    }
}
