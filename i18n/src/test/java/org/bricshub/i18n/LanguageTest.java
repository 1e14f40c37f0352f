package org.bricshub.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @Test
    void values_areThe17LanguagesInPlatformOrder() {
        assertThat(Arrays.stream(Language.values()).map(Language::tag))
                .containsExactly("zh", "en", "pt", "ru", "hi", "ar", "fa", "am", "id", "es", "fr", "ms", "th", "vi",
                        "kk", "uz", "sw");
    }

    @Test
    void direction_isRightToLeftForArabicAndPersianOnly() {
        assertThat(Arrays.stream(Language.values()).filter(Language::isRightToLeft))
                .containsExactly(Language.AR, Language.FA);
        assertThat(Language.AR.direction().attribute()).isEqualTo("rtl");
        assertThat(Language.ZH.direction().attribute()).isEqualTo("ltr");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void locale_matchesTheTag(Language language) {
        assertThat(language.locale().getLanguage()).isEqualTo(language.tag());
        assertThat(language.uLocale().getLanguage()).isEqualTo(language.tag());
        assertThat(Language.fromTag(language.tag())).contains(language);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void endonym_isTheNameCldrGivesTheLanguageInItself(Language language) {
        // CLDR spells some endonyms in lower case or with a script qualifier; compare the core name only.
        String cldr = comparable(language.uLocale().getDisplayLanguage(language.uLocale()));
        String ours = comparable(language.endonym());
        assertThat(ours.contains(cldr) || cldr.contains(ours))
                .as("%s endonym '%s' vs CLDR '%s'", language, language.endonym(), cldr)
                .isTrue();
    }

    /** Lower case, with the apostrophe-like letters of Uzbek (ʻ U+02BB, ‘ U+2018) as one. */
    private static String comparable(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\u02BB\u02BC\u2018\u2019']", "'");
    }

    @ParameterizedTest
    @CsvSource({
            "zh-Hans-CN, ZH", "zh-TW, ZH", "ZH, ZH", "cmn-Hans, ZH", "en-US, EN", "en_GB, EN", "pt-BR, PT",
            "PT-br, PT", "ru-RU, RU", "hi-IN, HI", "ar-EG, AR", "fa-IR, FA", "am-ET, AM", "id-ID, ID", "in, ID",
            "es-419, ES", "fr-CA, FR", "ms-MY, MS", "th-TH, TH", "vi-VN, VI", "kk-Cyrl-KZ, KK", "uz-Latn, UZ",
            "uz-Latn-UZ, UZ", "sw-KE, SW", "sw-TZ, SW"})
    void fromTag_matchesOnThePrimarySubtag(String tag, Language expected) {
        assertThat(Language.fromTag(tag)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"de", "ja-JP", "x", "*", "zh-", "-zh", "zh--CN", "zh CN", "en;q=1", "zh-Hans-CN-toolongsubtag",
            "中文", "e1", "en-US-"})
    void fromTag_isEmptyForOtherOrMalformedTags(String tag) {
        assertThat(Language.fromTag(tag)).isEmpty();
    }
}
