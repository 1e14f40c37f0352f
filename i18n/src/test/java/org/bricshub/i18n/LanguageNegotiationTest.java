package org.bricshub.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageNegotiationTest {

    @ParameterizedTest(name = "lang={0} Accept-Language=[{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // ?lang= wins when it names one of ours
            "ru         | zh-CN,zh;q=0.9                   | RU",
            "pt-BR      | en                               | PT",
            " fa        | en                               | FA",
            // ... and is ignored when it does not
            "de         | ar                               | AR",
            "           | ar                               | AR",
            "NULL       | ar                               | AR",
            "zh;q=1     | sw                               | SW",
            // RFC 4647 lookup on the primary subtag
            "NULL       | zh-CN                            | ZH",
            "NULL       | zh-Hant-TW                       | ZH",
            "NULL       | uz-Latn-UZ                       | UZ",
            // first language that is ours, in header order when weights tie
            "NULL       | de-DE, ja, fr-CA, en             | FR",
            "NULL       | hi, ru                           | HI",
            // by weight, not by position
            "NULL       | en;q=0.5, ru;q=0.8, kk;q=0.7     | RU",
            "NULL       | en;q=0.9, th                     | TH",
            "NULL       | fr;q=0.001, de                   | FR",
            "NULL       | vi;q=1.000, en;q=1               | VI",
            // q=0 means not acceptable
            "NULL       | ru;q=0, es;q=0.1                 | ES",
            "NULL       | ru;q=0.000                       | EN",
            // the wildcard says nothing about which of ours
            "NULL       | *, ar;q=0.5                      | AR",
            "NULL       | *                                | EN",
            // malformed elements are skipped, the rest still count
            "NULL       | ru;q=2, am                       | AM",
            "NULL       | ru;q=0.5555, am;q=0.1            | AM",
            "NULL       | ru;q=abc, am;q=0.1               | AM",
            "NULL       | ru;q, am;q=0.1                   | AM",
            "NULL       | ru;q=-1, am;q=0.1                | AM",
            "NULL       | r@u, ms                          | MS",
            "NULL       | ,,, ;q=1, id                     | ID",
            "NULL       | es;Q=0.2, pt;q=0.3               | PT",
            "NULL       | es ; q=0.9 , pt ; q=0.3          | ES",
            // nothing of ours: the fallback
            "NULL       | de, ja                           | EN",
            "NULL       | NULL                             | EN",
            "NULL       |                                  | EN"})
    void negotiate_followsQueryThenAcceptLanguageThenFallback(String query, String header, Language expected) {
        assertThat(LanguageNegotiation.negotiate(query, header, Language.EN)).isEqualTo(expected);
    }

    @Test
    void negotiate_usesTheGivenFallback() {
        assertThat(LanguageNegotiation.negotiate(null, "de", Language.SW)).isEqualTo(Language.SW);
    }

    @Test
    void negotiate_requiresAFallback() {
        assertThatNullPointerException().isThrownBy(() -> LanguageNegotiation.negotiate("en", "en", null));
    }

    @Test
    void preferences_listsOurLanguagesByWeightWithoutDuplicates() {
        assertThat(LanguageNegotiation.preferences("zh-CN;q=0.9, en-GB;q=0.8, zh;q=0.7, ar, de;q=0.95"))
                .containsExactly(Language.AR, Language.ZH, Language.EN);
    }

    @Test
    void preferences_readsOnlyTheFirstKibibyteAndDropsTheElementCutThere() {
        String filler = "de;q=0.9, ".repeat(102);
        assertThat(filler).hasSize(1020);
        // "zh-Hant-TW" is cut to "zh-H" at 1024 characters: read as "zh" it would pick Chinese; it must be dropped.
        assertThat(LanguageNegotiation.preferences(filler + "zh-Hant-TW, ru")).isEmpty();
        assertThat(LanguageNegotiation.preferences(filler + "sw")).containsExactly(Language.SW);
        assertThat(LanguageNegotiation.preferences(filler + "sw,     " + "x".repeat(5000) + ", ru"))
                .containsExactly(Language.SW);
    }

    @Test
    void preferences_ofAHugeSingleElementIsEmpty() {
        assertThat(LanguageNegotiation.preferences("a".repeat(100_000))).isEmpty();
    }
}
