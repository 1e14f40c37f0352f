/**
 * The 17 languages of BRICS Hub.
 *
 * <p>Entry points: {@link org.bricshub.i18n.Language} (tags, endonyms, direction, locales),
 * {@link org.bricshub.i18n.LanguageNegotiation} ({@code ?lang=}, then Accept-Language, then a fallback),
 * {@link org.bricshub.i18n.Messages} (user-interface texts as ICU MessageFormat patterns),
 * {@link org.bricshub.i18n.Vocabulary} (labels of the EPCIS 2.0 / CBV 2.0 standard vocabularies) and
 * {@link org.bricshub.i18n.Formats} (numbers, measurements, dates, country and language names from CLDR).
 * {@code Messages} and {@code Vocabulary} load once at start and are shared; {@code Formats} is static.
 */
package org.bricshub.i18n;
