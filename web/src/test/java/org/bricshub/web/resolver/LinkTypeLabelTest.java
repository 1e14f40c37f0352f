package org.bricshub.web.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.Messages;
import org.bricshub.resolver.LinkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every link type the resolver knows has a label of its own in every language, and pages show it. */
class LinkTypeLabelTest {
    private static final Messages MESSAGES = Messages.load();

    @ParameterizedTest
    @EnumSource(Language.class)
    void catalogs_labelEveryKnownLinkTypeInEveryLanguage(Language language) {
        List<String> missing = LinkType.known().stream().map(LinkTypeLabel::key)
                .filter(key -> !MESSAGES.translates(language, key)).toList();
        assertThat(missing).as("link types without a label in %s", language.tag()).isEmpty();
    }

    @Test
    void catalogs_labelNoTermTheResolverDoesNotKnow() {
        List<String> stale = MESSAGES.keys().stream().filter(key -> key.startsWith(LinkTypeLabel.KEY_PREFIX))
                .filter(key -> !new LinkType(key.substring(LinkTypeLabel.KEY_PREFIX.length())).isKnown()).toList();
        assertThat(stale).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void catalogs_giveEveryRegistrableTypeADistinctLabel(Language language) {
        Map<String, LinkType> byLabel = new HashMap<>();
        List<String> clashes = LinkType.known().stream().filter(LinkType::isRegistrable)
                .flatMap(t -> Optional.ofNullable(byLabel.put(LinkTypeLabel.of(MESSAGES, language, t).text(), t))
                        .map(other -> other + " and " + t).stream())
                .toList();
        assertThat(clashes).as("link types sharing a label in %s", language.tag()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ar,pip,معلومات المنتج", "zh,certificationInfo,认证信息", "en,pip,Product information",
        "am,traceability,የመከታተያ መረጃ", "fr,instructions,Mode d’emploi", "ru,dpp,Цифровой паспорт продукта"})
    void of_aKnownType_isItsLabelInTheViewersLanguageWithNoLanguageMark(String tag, String term, String text) {
        LinkTypeLabel label = LinkTypeLabel.of(MESSAGES, Language.fromTag(tag).orElseThrow(), new LinkType(term));
        assertThat(label).isEqualTo(new LinkTypeLabel(text, null));
        assertThat(label.dir()).isNull();
    }

    @Test
    void of_aTermTheResolverDoesNotKnow_isItsCurieMarkedAsNoLanguage() {
        LinkTypeLabel label = LinkTypeLabel.of(MESSAGES, Language.AR, new LinkType("retiredTerm"));
        assertThat(label).isEqualTo(new LinkTypeLabel("gs1:retiredTerm", "zxx"));
        assertThat(label.dir()).isEqualTo("ltr");
    }
}
