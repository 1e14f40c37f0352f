package org.bricshub.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranslationMemoryTest {
    @Test
    void translate_identicalSegmentInBothDirections() {
        TranslationMemory memory = new TranslationMemory();
        memory.learn(Language.EN, "Drip irrigation", Language.ZH, "滴灌");
        assertThat(memory.translate("drip  irrigation ", Language.EN, Language.ZH))
                .contains(new TranslationEngine.Translation("滴灌", "memory"));
        assertThat(memory.translate("滴灌", Language.ZH, Language.EN).map(TranslationEngine.Translation::text))
                .contains("Drip irrigation");
    }

    @Test
    void translate_unknownSegmentOrOtherPairIsEmpty() {
        TranslationMemory memory = new TranslationMemory();
        memory.learn(Language.EN, "Drip irrigation", Language.ZH, "滴灌");
        assertThat(memory.translate("Drip irrigation kit", Language.EN, Language.ZH)).isEmpty();
        assertThat(memory.translate("Drip irrigation", Language.EN, Language.RU)).isEmpty();
        assertThat(memory.translate("", Language.EN, Language.ZH)).isEmpty();
    }

    @Test
    void learn_ignoresBlankSameLanguageAndLongSegments() {
        TranslationMemory memory = new TranslationMemory();
        memory.learn(Language.EN, " ", Language.ZH, "滴灌");
        memory.learn(Language.EN, "a", Language.EN, "b");
        memory.learn(Language.EN, "x".repeat(501), Language.ZH, "y");
        assertThat(memory.size()).isZero();
    }

    @Test
    void chain_firstEngineThatKnowsWins() {
        TranslationMemory memory = new TranslationMemory();
        memory.learn(Language.EN, "solar cell", Language.PT, "célula solar");
        TranslationEngine shouting = new TranslationEngine() {
            @Override
            public String name() {
                return "shout";
            }

            @Override
            public Optional<Translation> translate(String segment, Language from, Language to) {
                return Optional.of(new Translation(segment.toUpperCase(), "shout"));
            }
        };
        TranslationChain chain = new TranslationChain(List.of(memory, shouting));
        assertThat(chain.name()).isEqualTo("memory+shout");
        assertThat(chain.translate("solar cell", Language.EN, Language.PT).orElseThrow().engine()).isEqualTo("memory");
        assertThat(chain.translate("wind", Language.EN, Language.PT).orElseThrow().text()).isEqualTo("WIND");
    }
}
