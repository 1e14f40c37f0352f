package org.bricshub.trace;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bricshub.gs1.Gtin;
import org.bricshub.i18n.Language;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * A product to register: a GTIN and its master data.
 *
 * @param gpc the GPC brick code (8 digits), if known
 * @param images absolute http(s) URLs of product images
 * @param countryOfOrigin ISO 3166-1 alpha-2, if known
 * @param defaultLanguage the language shown when the reader's has no text; one in which the name is given
 */
public record NewProduct(Gtin gtin, LocalisedText name, LocalisedText description, Optional<String> brand,
        Optional<String> gpc, List<URI> images, Optional<String> countryOfOrigin, Optional<NetContent> netContent,
        Language defaultLanguage) {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public NewProduct {
        if (name.texts().isEmpty()) {
            throw new InvalidInputException("name", "needs a text in at least one language, e.g. {\"en\": \"Tea\"}");
        }
        if (!name.texts().containsKey(defaultLanguage)) {
            throw new InvalidInputException("defaultLanguage", "must be a language in which the name is given");
        }
        brand.filter(b -> b.isBlank() || b.length() > 200).ifPresent(b -> {
            throw new InvalidInputException("brand", "must be 1 to 200 characters");
        });
        gpc.filter(g -> !g.matches("[0-9]{8}")).ifPresent(g -> {
            throw new InvalidInputException("gpc", "must be a GPC brick code of 8 digits, e.g. 10000115");
        });
        countryOfOrigin.ifPresent(c -> country("countryOfOrigin", c));
        images = List.copyOf(images);
        for (URI image : images) {
            if (!image.isAbsolute() || !Set.of("http", "https").contains(image.getScheme())) {
                throw new InvalidInputException("images", "must be absolute http(s) URLs, got '" + image + "'");
            }
        }
    }

    static String country(String field, String code) {
        if (!COUNTRIES.contains(code)) {
            throw new InvalidInputException(field, "must be an ISO 3166-1 alpha-2 code, e.g. CN");
        }
        return code;
    }
}
