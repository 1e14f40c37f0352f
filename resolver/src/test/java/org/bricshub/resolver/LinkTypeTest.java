package org.bricshub.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTypeTest {

    @ParameterizedTest
    @CsvSource({"gs1:pip,pip", "https://ref.gs1.org/voc/eifu,eifu", "http://gs1.org/voc/relatedImage,relatedImage",
        "APPDOWNLOAD,appDownload", "gs1:defaultLink,defaultLink"})
    void parse_aKnownTermInAnySpelling_isThatTerm(String text, String term) {
        assertThat(LinkType.parse(text)).contains(new LinkType(term));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gs1:handledBy", "gs1:productSustainabilityInfo", "https://example.org/voc/pip", "", "gs1:"})
    void parse_aTermThatIsNotRegistrableHere_isEmpty(String text) {
        assertThat(LinkType.parse(text)).isEmpty();
    }

    @Test
    void known_areTheRegistrableTypesThenTheTwoDefaultTypes() {
        assertThat(LinkType.known()).hasSize(LinkType.vocabulary().size() + 2)
                .startsWith(new LinkType("activityIdeas"))
                .endsWith(LinkType.DEFAULT_LINK, LinkType.DEFAULT_LINK_MULTI)
                .allMatch(LinkType::isKnown)
                .contains(new LinkType("dpp"), new LinkType("eifu"), new LinkType("subscribe"));
        assertThat(LinkType.known().stream().filter(LinkType::isRegistrable)).hasSize(LinkType.vocabulary().size());
    }

    @Test
    void title_isTheVocabularyTitle_orTheCurieOfAnUnknownTerm() {
        assertThat(new LinkType("pip").title()).isEqualTo("Product Information Page");
        assertThat(LinkType.DEFAULT_LINK.title()).isEqualTo("Default link");
        assertThat(LinkType.DEFAULT_LINK_MULTI.title()).isEqualTo("Default links");
        LinkType retired = new LinkType("retiredTerm");
        assertThat(retired.isKnown()).isFalse();
        assertThat(retired.title()).isEqualTo("gs1:retiredTerm");
    }
}
