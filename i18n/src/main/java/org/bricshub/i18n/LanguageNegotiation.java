package org.bricshub.i18n;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses the language of a response: an explicit {@code ?lang=} choice first, then the Accept-Language field
 * (RFC 9110 §12.5.4) by weight, each range matched by RFC 4647 §3.4 lookup, then a fallback.
 *
 * <p>Lookup truncates a range subtag by subtag until it names a language ({@code zh-Hans-CN} → {@code zh-Hans}
 * → {@code zh}); as the platform has one variety per language this is a match on the primary language subtag.
 */
public final class LanguageNegotiation {

    private LanguageNegotiation() {
    }

    /**
     * The language to answer in.
     *
     * @param queryLang the {@code lang} query parameter, or null; used when it names one of the 17 languages
     * @param acceptLanguage the Accept-Language field value, or null; at most the first
     *     {@value AcceptLanguage#MAX_CHARS} characters are read
     * @param fallback the language when neither names one of ours, such as a product's default language
     * @return the negotiated language, never null
     */
    public static Language negotiate(String queryLang, String acceptLanguage, Language fallback) {
        Objects.requireNonNull(fallback, "fallback language is required");
        return Language.fromTag(queryLang == null ? null : queryLang.trim())
                .or(() -> preferences(acceptLanguage).stream().findFirst())
                .orElse(fallback);
    }

    /**
     * The platform languages an Accept-Language field value accepts, most preferred first, without duplicates.
     * The wildcard {@code *}, ranges with {@code q=0} and malformed elements contribute nothing.
     *
     * @param acceptLanguage the field value, or null
     * @return the languages in order of preference; empty when none of ours is asked for
     */
    public static List<Language> preferences(String acceptLanguage) {
        Set<Language> languages = new LinkedHashSet<>();
        for (AcceptLanguage.WeightedRange range : AcceptLanguage.preferredRanges(acceptLanguage)) {
            Language.fromTag(range.range()).ifPresent(languages::add);
        }
        return List.copyOf(languages);
    }
}
