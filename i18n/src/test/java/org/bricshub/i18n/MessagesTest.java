package org.bricshub.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {

    private static final Messages MESSAGES = Messages.load();

    @Test
    void text_speaksTheAskedLanguage() {
        assertThat(MESSAGES.text(Language.ZH, "nav.home")).isEqualTo("首页");
        assertThat(MESSAGES.text(Language.RU, "nav.language")).isEqualTo("Язык");
        assertThat(MESSAGES.text(Language.AR, "skip.toContent")).isEqualTo("انتقل إلى المحتوى");
        assertThat(MESSAGES.text(Language.EN, "site.name")).isEqualTo("BRICS Hub");
    }

    @Test
    void text_keepsTypographicApostrophesAsWritten() {
        assertThat(MESSAGES.text(Language.FR, "error.notFound.text")).contains("n’existe pas");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "en, 1, 1 event", "en, 2, 2 events", "en, 0, 0 events",
            "ru, 1, 1 событие", "ru, 3, 3 события", "ru, 5, 5 событий", "ru, 21, 21 событие", "ru, 11, 11 событий",
            "ru, 1.5, '1,5 события'",
            "ar, 0, لا أحداث", "ar, 1, حدث واحد", "ar, 2, حدثان", "ar, 3, 3 أحداث", "ar, 11, 11 حدثًا", "ar, 100, 100 حدث",
            "fr, 0, 0 événement", "fr, 1, 1 événement", "fr, 2, 2 événements", "fr, 1000000, 1\u202f000\u202f000 d’événements",
            "pt, 0, 0 evento", "pt, 1, 1 evento", "pt, 2, 2 eventos",
            "zh, 1, 1个事件", "sw, 1, tukio 1", "sw, 7, matukio 7", "am, 1, 1 ክስተት", "am, 2, 2 ክስተቶች"})
    void text_pluralisesByTheLanguagesCldrRules(String tag, double count, String expected) {
        Language language = Language.fromTag(tag).orElseThrow();
        Object n = count == Math.rint(count) ? (Object) (long) count : (Object) count;
        assertThat(MESSAGES.text(language, "journey.eventCount", n)).isEqualTo(expected);
    }

    @Test
    void text_composesWithFormattedArguments() {
        assertThat(MESSAGES.text(Language.RU, "journey.originalLanguage", Formats.languageName(Language.RU, Language.ZH)))
                .isEqualTo("Язык оригинала: китайский");
        assertThat(MESSAGES.text(Language.EN, "journey.sensorRange",
                Formats.measure(Language.EN, 2, "CEL"), Formats.measure(Language.EN, 8, "CEL")))
                .isEqualTo("2°C to 8°C");
        assertThat(MESSAGES.text(Language.AR, "journey.excursions", 2)).isEqualTo("قراءتان خارج النطاق المسموح");
    }

    @Test
    void text_fallsBackToEnglishWhenALanguageLacksTheKey() {
        Messages messages = new Messages(Catalog.load("messages-partial"));
        assertThat(messages.translates(Language.FR, "only.english")).isFalse();
        assertThat(messages.text(Language.FR, "only.english")).isEqualTo("Only in English");
        assertThat(messages.text(Language.FR, "both")).isEqualTo("Les deux");
    }

    @Test
    void text_rejectsAKeyTheEnglishCatalogLacks() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MESSAGES.text(Language.EN, "no.such.key"))
                .withMessageContaining("'no.such.key'");
    }

    @Test
    void text_isSafeToCallConcurrently() throws InterruptedException {
        Thread[] threads = new Thread[4];
        String[] failures = new String[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int index = t;
            threads[t] = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 2_000; i++) {
                    long n = index * 10_000L + i;
                    String text = MESSAGES.text(Language.EN, "journey.eventCount", n);
                    String expected = String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? "event" : "events");
                    if (!text.equals(expected)) {
                        failures[index] = text + " != " + expected;
                    }
                }
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).containsOnlyNulls();
    }
}
