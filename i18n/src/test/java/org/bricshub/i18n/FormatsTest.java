package org.bricshub.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.ibm.icu.util.Region;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatsTest {

    /** ICU separates with no-break spaces (U+00A0, U+202F) where a plain space would break lines; compare as spaces. */
    private static String spaced(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "en, 4.5, CEL, 4.5°C", "ru, 4.5, CEL, '4,5 °C'", "zh, -18, CEL, -18°C", "en, 39.2, FAH, 39.2°F",
            "en, 65, P1, 65%", "kk, 65, P1, 65%", "en, 12.25, KGM, 12.25 kg", "ru, 12.25, KGM, '12,25 кг'",
            "en, 1013.2, A97, '1,013.2 hPa'", "ru, 80, KMH, 80 км/ч", "zh, 3, MTR, 3米", "en, 8.5, A93, 8.5 g/m³",
            "en, 650, LUX, 650 lx", "en, 7, C62, 7", "en, 12, FAR, 12 F", "en, 3, XYZ, 3 XYZ",
            "en, 0.12345, KGM, 0.123 kg"})
    void measure_writesTheUnitTheLanguagesWay(String tag, double value, String code, String expected) {
        Language language = Language.fromTag(tag).orElseThrow();
        assertThat(spaced(Formats.measure(language, value, code))).isEqualTo(expected);
    }

    @Test
    void measure_acceptsBigDecimalReadingsAsEpcisCarriesThem() {
        assertThat(spaced(Formats.measure(Language.FR, new BigDecimal("-2.50"), "CEL"))).isEqualTo("-2,5 °C");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"cel", "C", "CELS", "C-L"})
    void measure_rejectsWhatIsNotAUneceCode(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> Formats.measure(Language.EN, 1, code))
                .withMessageContaining("UN/ECE");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void measure_writesEveryMappedUnitInEveryLanguage(Language language) {
        List<String> faults = new ArrayList<>();
        UnitTable.load().all().forEach((code, unit) -> {
            String text = Formats.measure(language, 21.5, code);
            String number = Formats.number(language, 21.5);
            if (!unit.isCount() && (text.equals(number) || !text.contains(number.substring(0, 2)))) {
                faults.add(code + " -> " + text);
            }
        });
        assertThat(faults).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"en, ZA, South Africa", "sw, ZA, Afrika Kusini", "zh, BR, 巴西", "ru, CN, Китай", "pt, za, África do Sul",
            "ar, EG, مصر", "fa, IR, ایران", "am, ET, ኢትዮጵያ", "hi, IN, भारत", "kk, KZ, Қазақстан", "uz, UZ, Oʻzbekiston"})
    void country_namesTheCountryInTheLanguage(String tag, String code, String expected) {
        assertThat(Formats.country(Language.fromTag(tag).orElseThrow(), code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ZZZ", "Z1", "QQ", "001", "EU"})
    void country_rejectsWhatIsNotACountryCode(String code) {
        assertThat(Formats.isCountryCode(code)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Formats.country(Language.EN, code))
                .withMessageContaining("ISO 3166-1 alpha-2");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void country_hasACldrNameForEveryTerritoryInEveryLanguage(Language language) {
        List<String> unnamed = new ArrayList<>();
        for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
            String code = region.toString();
            if (code.length() == 2 && Formats.country(language, code).equals(code)) {
                unnamed.add(code);
            }
        }
        assertThat(unnamed).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, '1,234,567.891'", "ru, '1\u00A0234\u00A0567,891'", "fr, '1\u202F234\u202F567,891'",
            "hi, '12,34,567.891'", "fa, '۱٬۲۳۴٬۵۶۷٫۸۹۱'", "es, '1.234.567,891'", "zh, '1,234,567.891'"})
    void number_usesTheLanguagesDigitsAndSeparators(String tag, String expected) {
        assertThat(Formats.number(Language.fromTag(tag).orElseThrow(), 1_234_567.8912)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, 'Mar 12, 2026'", "zh, 2026年3月12日", "ru, '12 мар. 2026 г.'", "th, 12 มี.ค. 2569",
            "fa, ۲۱ اسفند ۱۴۰۴", "sw, 12 Mac 2026"})
    void date_usesTheLanguagesStyleAndCalendar(String tag, String expected) {
        assertThat(spaced(Formats.date(Language.fromTag(tag).orElseThrow(), LocalDate.of(2026, 3, 12))))
                .isEqualTo(expected);
    }

    @Test
    void dateTime_readsTheInstantInTheGivenZone() {
        Instant instant = Instant.parse("2026-03-12T02:30:00Z");
        assertThat(Formats.dateTime(Language.ZH, instant, ZoneOffset.of("+08:00"))).isEqualTo("2026年3月12日 10:30");
        assertThat(Formats.dateTime(Language.PT, instant, ZoneId.of("America/Sao_Paulo"))).contains("11 de mar. de 2026", "23:30");
        assertThat(Formats.dateTime(Language.EN, instant, ZoneOffset.UTC)).contains("Mar 12, 2026", "2:30");
    }

    @Test
    void languageName_namesALanguageInTheViewersLanguage() {
        assertThat(Formats.languageName(Language.ZH, Language.PT)).isEqualTo("葡萄牙语");
        assertThat(Formats.languageName(Language.RU, Language.SW)).isEqualTo("суахили");
        assertThat(Formats.languageName(Language.EN, Language.AM)).isEqualTo("Amharic");
    }
}
