package org.bricshub.web.trace;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.i18n.Language;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.trace.Gs1Input;
import org.bricshub.trace.LocalisedText;
import org.bricshub.trace.NetContent;
import org.bricshub.trace.NewBatch;
import org.bricshub.trace.NewLocation;
import org.bricshub.trace.NewProduct;
import org.bricshub.trace.SerialFormat;

/** The JSON bodies of the Product Code API and their translation into the trace module's validated values. */
final class TraceRequests {
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 5000;

    private TraceRequests() {
    }

    /** {@code address} is an object of PostalAddress members or a single line of text. */
    record CreateLocation(String gln, Map<String, String> name, String country, Double lat, Double lon,
            Object address) {
        NewLocation toLocation() {
            return new NewLocation(Gs1Input.gln("gln", gln), LocalisedText.parse("name", name, MAX_NAME), country,
                    addressOf(address), Optional.ofNullable(lat), Optional.ofNullable(lon));
        }
    }

    /** {@code description} is {lang: text} or a text in the default language; {@code netContent} {value, unit}. */
    record CreateProduct(String gtin, Map<String, String> name, Object description, String brand, String gpc,
            List<String> images, String countryOfOrigin, NetContentBody netContent, String defaultLanguage) {
        NewProduct toProduct() {
            LocalisedText names = LocalisedText.parse("name", name, MAX_NAME);
            Language fallback = names.texts().keySet().stream().findFirst().orElse(Language.values()[0]);
            Language lang = defaultLanguage == null ? fallback : Language.fromTag(defaultLanguage).orElseThrow(() ->
                    new InvalidInputException("defaultLanguage", "must be one of the 17 language tags"));
            return new NewProduct(Gs1Input.gtin("gtin", gtin), names, descriptionOf(description, lang),
                    Optional.ofNullable(brand).map(String::strip), Optional.ofNullable(gpc),
                    images == null ? List.of() : images.stream().map(TraceRequests::uri).toList(),
                    Optional.ofNullable(countryOfOrigin),
                    Optional.ofNullable(netContent).map(n -> new NetContent(n.value(), n.unit())), lang);
        }
    }

    record NetContentBody(BigDecimal value, String unit) {
    }

    /**
     * Either {@code count} FF1 serials, or {@code serials} to import (then count may be omitted).
     * {@code serialFormat} is digits (default) or alphanumeric.
     */
    record CreateBatch(String lot, Long count, String expiry, String productionDate, String serialFormat,
            List<String> serials) {
        NewBatch toBatch() {
            List<String> imported = serials == null ? List.of() : serials;
            if (count == null && imported.isEmpty()) {
                throw new InvalidInputException("count", "is required");
            }
            return new NewBatch(lot, count == null ? imported.size() : count, Optional.ofNullable(expiry),
                    Optional.ofNullable(productionDate),
                    serialFormat == null ? SerialFormat.DIGITS : SerialFormat.parse("serialFormat", serialFormat),
                    imported);
        }
    }

    record ChangeState(String uri, String state) {
    }

    private static LocalisedText descriptionOf(Object raw, Language lang) {
        if (raw == null) {
            return new LocalisedText(Map.of());
        }
        if (raw instanceof String text) {
            return LocalisedText.parse("description", Map.of(lang.tag(), text), MAX_DESCRIPTION);
        }
        return LocalisedText.parse("description", strings("description", raw), MAX_DESCRIPTION);
    }

    private static Map<String, String> addressOf(Object raw) {
        if (raw == null) {
            return Map.of();
        }
        if (raw instanceof String line) {
            return Map.of("streetAddress", line);
        }
        return strings("address", raw);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> strings(String field, Object raw) {
        if (!(raw instanceof Map<?, ?> map) || !map.values().stream().allMatch(v -> v instanceof String)) {
            throw new InvalidInputException(field, "must be a text or an object of texts");
        }
        return (Map<String, String>) map;
    }

    private static URI uri(String raw) {
        try {
            return URI.create(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("images", "must be URLs, got '" + raw + "'");
        }
    }
}
