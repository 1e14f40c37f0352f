package org.bricshub.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.bricshub.i18n.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TerminologyTest {
    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers();
    private static final Terminology TERMS = Terminology.load(ANALYZERS);

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    @Test
    void load_everyFieldHasConcepts() {
        assertThat(TERMS.concepts()).hasSizeGreaterThanOrEqualTo(150);
        for (TechnologyField f : TechnologyField.values()) {
            assertThat(TERMS.ofField(f)).as(f.name()).hasSizeGreaterThanOrEqualTo(10);
        }
    }

    /** Every term must be found again in its own language, or the concept is unreachable from that language. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void detect_everyTermOfLanguage(Language language) {
        java.util.List<String> missed = new java.util.ArrayList<>();
        for (Terminology.Concept c : TERMS.concepts()) {
            for (String term : c.terms().get(language)) {
                if (!TERMS.detect(language, "xx " + term + " yy").contains(c.id())) {
                    missed.add(c.id() + "=" + term + " " + ANALYZERS.tokens(language, "xx " + term + " yy"));
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zh|本发明涉及一种高效太阳能电池及其制备方法|solar-cell",
            "ru|Система капельного орошения для теплиц|drip-irrigation",
            "en|Fertilisers for rice paddies; improved fertiliser|fertilizer",
            "pt|Tratamento de águas residuais industriais|wastewater-treatment",
            "ar|نظام الري بالتنقيط الذكي|drip-irrigation",
            "sw|Mfumo wa umwagiliaji wa matone kwa wakulima|drip-irrigation",
            "vi|Công nghệ xử lý nước thải công nghiệp|wastewater-treatment",
            "fr|Une nouvelle pile à combustible|fuel-cell"})
    void detect_inRunningText(String tag, String text, String concept) {
        assertThat(TERMS.detect(Language.fromTag(tag).orElseThrow(), text)).contains(concept);
    }

    @Test
    void detect_nothingInUnrelatedText() {
        assertThat(TERMS.detect(Language.EN, "The quick brown fox jumps over the lazy dog")).isEmpty();
    }
}
