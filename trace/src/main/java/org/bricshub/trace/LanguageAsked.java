package org.bricshub.trace;

import org.bricshub.i18n.Language;
import org.bricshub.i18n.LanguageNegotiation;

/**
 * What a scanning client asked for: the {@code lang} query parameter and the Accept-Language field, either null.
 * Kept raw so that the request thread does not spend time negotiating; the scan writer negotiates.
 */
public record LanguageAsked(String query, String acceptLanguage) {
    /** A client that named its language. */
    public static LanguageAsked of(Language language) {
        return new LanguageAsked(language.tag(), null);
    }

    /** The language negotiated as pages do: {@code lang}, then Accept-Language, then English. */
    public Language negotiate() {
        return LanguageNegotiation.negotiate(query, acceptLanguage, Language.EN);
    }
}
