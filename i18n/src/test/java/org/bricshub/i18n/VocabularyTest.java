package org.bricshub.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {

    private static final Vocabulary VOCABULARY = Vocabulary.load();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "shipping, BIZ_STEP, shipping",
            "https://ref.gs1.org/cbv/BizStep-shipping, BIZ_STEP, shipping",
            "http://ref.gs1.org/cbv/BizStep-shipping, BIZ_STEP, shipping",
            "cbv:BizStep-retail_selling, BIZ_STEP, retail_selling",
            "urn:epcglobal:cbv:bizstep:shipping, BIZ_STEP, shipping",
            "URN:EPCGLOBAL:CBV:BIZSTEP:SHIPPING, BIZ_STEP, shipping",
            "' sensor_reporting ', BIZ_STEP, sensor_reporting",
            "in_transit, DISPOSITION, in_transit",
            "https://ref.gs1.org/cbv/Disp-in_transit, DISPOSITION, in_transit",
            "cbv:Disp-recalled, DISPOSITION, recalled",
            "urn:epcglobal:cbv:disp:sellable_accessible, DISPOSITION, sellable_accessible",
            "Temperature, MEASUREMENT_TYPE, Temperature",
            "temperature, MEASUREMENT_TYPE, Temperature",
            "gs1:RelativeHumidity, MEASUREMENT_TYPE, RelativeHumidity",
            "https://gs1.org/voc/Illuminance, MEASUREMENT_TYPE, Illuminance",
            "https://ref.gs1.org/voc/Pressure, MEASUREMENT_TYPE, Pressure"})
    void term_readsEverySpellingOfAStandardTerm(String value, VocabularyTerm.Kind kind, String name) {
        assertThat(VOCABULARY.term(value)).contains(new VocabularyTerm(kind, name));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "harvesting", "https://example.com/bizstep/harvesting",
            "urn:epcglobal:cbv:bizstep:harvesting", "https://ref.gs1.org/cbv/Disp-shipping",
            "urn:epcglobal:cbv:disp:Temperature", "gs1:shipping", "https://ref.gs1.org/cbv/BizStep-", "ship ping"})
    void term_isEmptyForPrivateOrUnknownValues(String value) {
        assertThat(VOCABULARY.term(value)).isEmpty();
        assertThat(VOCABULARY.label(Language.EN, value)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "zh, urn:epcglobal:cbv:bizstep:commissioning, 赋码",
            "zh, shipping, 发货",
            "en, https://ref.gs1.org/cbv/BizStep-retail_selling, Retail selling",
            "ru, https://ref.gs1.org/cbv/Disp-in_transit, В пути",
            "ar, in_transit, قيد النقل",
            "pt, gs1:Temperature, Temperatura",
            "sw, RelativeHumidity, Unyevu linganishi",
            "am, inspecting, ምርመራ",
            "fa, recalled, فراخوان‌شده"})
    void label_speaksTheLanguage(String tag, String value, String expected) {
        assertThat(VOCABULARY.label(Language.fromTag(tag).orElseThrow(), value)).contains(expected);
    }

    @Test
    void terms_areTheCbv20Sets() {
        assertThat(VOCABULARY.terms(VocabularyTerm.Kind.BIZ_STEP)).hasSize(41);
        assertThat(VOCABULARY.terms(VocabularyTerm.Kind.DISPOSITION)).hasSize(33);
        assertThat(VOCABULARY.terms(VocabularyTerm.Kind.MEASUREMENT_TYPE)).hasSize(72);
    }

    @Test
    void uri_isTheCanonicalWebUri() {
        assertThat(new VocabularyTerm(VocabularyTerm.Kind.BIZ_STEP, "shipping").uri())
                .isEqualTo("https://ref.gs1.org/cbv/BizStep-shipping");
        assertThat(new VocabularyTerm(VocabularyTerm.Kind.DISPOSITION, "in_transit").uri())
                .isEqualTo("https://ref.gs1.org/cbv/Disp-in_transit");
        assertThat(new VocabularyTerm(VocabularyTerm.Kind.MEASUREMENT_TYPE, "Temperature").uri())
                .isEqualTo("https://gs1.org/voc/Temperature");
    }

    @Test
    void term_readsBackItsOwnUriForEveryTerm() {
        for (VocabularyTerm.Kind kind : VocabularyTerm.Kind.values()) {
            assertThat(VOCABULARY.terms(kind)).allSatisfy(term -> {
                assertThat(VOCABULARY.term(term.uri())).contains(term);
                assertThat(VOCABULARY.term(term.name())).contains(term);
            });
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1shipping", "ship-ping", "ship ping"})
    void vocabularyTerm_rejectsMalformedNames(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new VocabularyTerm(VocabularyTerm.Kind.BIZ_STEP, name))
                .withMessageContaining("vocabulary term name");
    }
}
