package org.bricshub.web.journey;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bricshub.i18n.Formats;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.Messages;
import org.bricshub.i18n.Vocabulary;
import org.bricshub.journey.Journey;
import org.bricshub.journey.JourneyStep;
import org.bricshub.journey.Place;
import org.bricshub.journey.SensorSummary;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.trace.CodeAlert;
import org.bricshub.trace.LocalisedText;
import org.bricshub.trace.NewProduct;
import org.bricshub.web.journey.JourneyView.StepView;

/**
 * Turns a journey into what the page shows in one language: CBV labels from the vocabulary, dates, numbers, units
 * and country names from CLDR (i18n Formats), product and place names in the viewer's language where the owner gave
 * one, else in the original language, marked.
 */
final class JourneyViews {
    private final Messages messages;
    private final Vocabulary vocabulary;

    JourneyViews(Messages messages, Vocabulary vocabulary) {
        this.messages = messages;
        this.vocabulary = vocabulary;
    }

    JourneyView of(Journey journey, Language lang, Set<CodeAlert> alerts) {
        NewProduct product = journey.product().orElseThrow().data();
        Language fallback = product.defaultLanguage();
        List<StepView> steps = new ArrayList<>();
        List<RouteMap.Place> visits = new ArrayList<>();
        for (JourneyStep step : journey.steps()) {
            steps.add(step(step, lang, fallback));
            step.place().filter(Place::hasCoordinates).ifPresent(p -> visits.add(new RouteMap.Place(
                    p.latitude().get(), p.longitude().get(), name(p.name(), lang, fallback), langOf(p.name(), lang,
                    fallback))));
        }
        return new JourneyView(name(product.name(), lang, fallback), langOf(product.name(), lang, fallback),
                product.brand().orElse(""), journey.check().gtin(), journey.check().lot().orElse(""),
                journey.check().serial().orElse(""), alerts(alerts, lang), steps, RouteMap.of(visits),
                journey.truncated(), messages.text(lang, "journey.verify.all", steps.size()));
    }

    private StepView step(JourneyStep step, Language lang, Language fallback) {
        String title = step.bizStep().map(b -> vocabulary.label(lang, b).orElse(b))
                .orElseGet(() -> step.eventType());
        String time = Formats.dateTime(lang, step.eventTime(), zone(step.timeZoneOffset()));
        Optional<Place> place = step.place();
        List<String> sensors = step.sensors().stream().map(s -> sensor(s, lang)).toList();
        return new StepView(step.hashId(), step.key(), title, step.eventTime().toString(), time,
                place.map(p -> name(p.name(), lang, fallback)).orElse(null),
                place.map(p -> langOf(p.name(), lang, fallback)).orElse(null),
                place.map(p -> Formats.isCountryCode(p.country()) ? Formats.country(lang, p.country()) : p.country())
                        .orElse(null),
                step.party().map(p -> messages.text(lang, "journey.step.by", p.name())).orElse(null),
                step.party().map(p -> p.kind() == OrganisationKind.CUSTOMS).orElse(false),
                step.disposition().map(d -> vocabulary.label(lang, d).orElse(d)).orElse(null),
                step.certificates(), sensors);
    }

    private String sensor(SensorSummary s, Language lang) {
        String type = vocabulary.label(lang, s.type()).orElse(s.type());
        String range = s.min().compareTo(s.max()) == 0 ? value(s.min(), s, lang)
                : messages.text(lang, "journey.sensorRange", value(s.min(), s, lang), value(s.max(), s, lang));
        String text = type + ": " + range;
        return s.excursions() == 0 ? text : text + " · " + messages.text(lang, "journey.excursions", s.excursions());
    }

    private static String value(java.math.BigDecimal v, SensorSummary s, Language lang) {
        try {
            return s.uom().map(u -> Formats.measure(lang, v, u)).orElseGet(() -> Formats.number(lang, v));
        } catch (IllegalArgumentException malformedUnit) { // a unit that is no UN/ECE code: number and code as given
            return Formats.number(lang, v) + " " + s.uom().orElse("");
        }
    }

    private List<String> alerts(Set<CodeAlert> alerts, Language lang) {
        List<String> out = new ArrayList<>();
        for (CodeAlert alert : CodeAlert.values()) {
            if (alerts.contains(alert)) {
                out.add(messages.text(lang, switch (alert) {
                    case NEVER_ISSUED -> "journey.notGenuine.text";
                    case RECALLED -> "journey.recalled";
                    case DECOMMISSIONED -> "journey.decommissioned";
                    case FAR_APART -> "journey.suspiciousScans";
                }));
            }
        }
        return out;
    }

    private static String name(LocalisedText text, Language lang, Language fallback) {
        return text.in(lang, fallback).orElse("");
    }

    /** The tag of the language the name is shown in, when it is not the page's; null otherwise. */
    private static String langOf(LocalisedText text, Language lang, Language fallback) {
        if (text.texts().containsKey(lang)) {
            return null;
        }
        return text.texts().containsKey(fallback) ? fallback.tag()
                : text.texts().keySet().stream().findFirst().map(Language::tag).orElse(null);
    }

    private static ZoneOffset zone(String offset) {
        try {
            return ZoneOffset.of(offset);
        } catch (DateTimeException e) { // validated at capture; a stored oddity is shown in UTC rather than failing
            return ZoneOffset.UTC;
        }
    }
}
