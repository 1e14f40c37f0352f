package org.bricshub.i18n;

import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 17 languages of the platform, in the platform's display order.
 *
 * <p>Languages are matched on the primary language subtag only (BCP 47 / RFC 5646 §2.2.1): script and region
 * subtags such as {@code zh-Hans-CN}, {@code pt-BR} or {@code uz-Latn} select the language, and our catalogs
 * hold one variety of each (Simplified Chinese, Latin-script Uzbek, Cyrillic-script Kazakh).
 */
public enum Language {
    ZH("zh", "中文", TextDirection.LTR),
    EN("en", "English", TextDirection.LTR),
    PT("pt", "Português", TextDirection.LTR),
    RU("ru", "Русский", TextDirection.LTR),
    HI("hi", "हिन्दी", TextDirection.LTR),
    AR("ar", "العربية", TextDirection.RTL),
    FA("fa", "فارسی", TextDirection.RTL),
    AM("am", "አማርኛ", TextDirection.LTR),
    ID("id", "Bahasa Indonesia", TextDirection.LTR),
    ES("es", "Español", TextDirection.LTR),
    FR("fr", "Français", TextDirection.LTR),
    MS("ms", "Bahasa Melayu", TextDirection.LTR),
    TH("th", "ไทย", TextDirection.LTR),
    VI("vi", "Tiếng Việt", TextDirection.LTR),
    KK("kk", "Қазақ тілі", TextDirection.LTR),
    UZ("uz", "Oʻzbekcha", TextDirection.LTR),
    SW("sw", "Kiswahili", TextDirection.LTR);

    // RFC 5646 language tag shape, with "_" tolerated because Java and POSIX locale names use it.
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*");
    private static final Map<String, Language> BY_SUBTAG = bySubtag();

    private final String tag;
    private final String endonym;
    private final TextDirection direction;
    private final Locale locale;
    private final ULocale uLocale;

    Language(String tag, String endonym, TextDirection direction) {
        this.tag = tag;
        this.endonym = endonym;
        this.direction = direction;
        this.locale = Locale.forLanguageTag(tag);
        this.uLocale = ULocale.forLanguageTag(tag);
    }

    /** The BCP 47 tag, a lower-case ISO 639-1 code such as {@code "zh"}; the value of the HTML {@code lang} attribute. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, such as {@code "Русский"}, for language pickers. */
    public String endonym() {
        return endonym;
    }

    /** The text direction: {@link TextDirection#RTL} for Arabic and Persian, otherwise LTR. */
    public TextDirection direction() {
        return direction;
    }

    /** Whether the language is written right to left. */
    public boolean isRightToLeft() {
        return direction == TextDirection.RTL;
    }

    /** The JDK locale for this language. */
    public Locale locale() {
        return locale;
    }

    /** The ICU locale for this language, for ICU formatters and CLDR data. */
    public ULocale uLocale() {
        return uLocale;
    }

    /**
     * The platform language named by a BCP 47 tag, matched case-insensitively on its primary language subtag.
     *
     * @param tag a tag such as {@code "zh-Hans-CN"}, {@code "PT-br"}, {@code "uz_Latn"}; may be null
     * @return the language, or empty when the tag is null, malformed or names a language the platform lacks
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || !TAG.matcher(tag).matches()) {
            return Optional.empty();
        }
        int end = indexOfSeparator(tag);
        String primary = tag.substring(0, end).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_SUBTAG.get(primary));
    }

    private static int indexOfSeparator(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '-' || c == '_') {
                return i;
            }
        }
        return tag.length();
    }

    private static Map<String, Language> bySubtag() {
        Map<String, Language> map = new HashMap<>();
        for (Language language : values()) {
            map.put(language.tag, language);
        }
        // Individual-language codes that browsers and CLDR use for our macrolanguages, and Java's legacy "in".
        map.put("cmn", ZH);
        map.put("in", ID);
        map.put("arb", AR);
        map.put("pes", FA);
        map.put("zsm", MS);
        map.put("swh", SW);
        map.put("uzn", UZ);
        return Map.copyOf(map);
    }
}
