package org.bricshub.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every language speaks every English key, with patterns that parse, take the same arguments and cover CLDR plurals. */
class MessageCatalogCompletenessTest {

    private static final Catalog CATALOG = Catalog.load(Messages.BASE_NAME);
    private static final Set<String> ENGLISH_KEYS = CATALOG.keys(Language.EN);
    /** Proper names that stay the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("site.name", "check.gtin"); // GS1 key names

    @Test
    void english_holdsTheKeysTheWebShellNeeds() {
        assertThat(ENGLISH_KEYS).contains("site.name", "site.tagline", "nav.home", "nav.productCode",
                "nav.techTransfer", "nav.language", "landing.title", "landing.intro", "landing.productCode.title",
                "landing.productCode.text", "landing.transfer.title", "landing.transfer.text", "landing.cta.scan",
                "landing.cta.browse", "footer.standards", "error.notFound.title", "error.notFound.text",
                "error.generic.title", "error.generic.text", "skip.toContent");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void catalog_hasEveryEnglishKeyAndNoOther(Language language) {
        CatalogChecks.assertSameKeysAsEnglish(CATALOG, language);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void catalog_patternsParseAndTakeTheEnglishArguments(Language language) {
        List<String> faults = new ArrayList<>();
        for (String key : CATALOG.keys(language)) {
            String pattern = CATALOG.find(language, key).orElseThrow();
            String english = CATALOG.find(Language.EN, key).orElseThrow();
            try {
                Set<String> arguments = new MessageFormat(pattern, language.uLocale()).getArgumentNames();
                Set<String> expected = new MessageFormat(english, Language.EN.uLocale()).getArgumentNames();
                if (!arguments.equals(expected)) {
                    faults.add(key + " takes " + arguments + ", English " + expected);
                }
            } catch (IllegalArgumentException e) {
                faults.add(key + " does not parse: " + e.getMessage());
            }
        }
        assertThat(faults).as("patterns of %s", language.tag()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void catalog_pluralsCoverEveryCldrCategoryOfTheLanguage(Language language) {
        List<String> faults = new ArrayList<>();
        for (String key : CATALOG.keys(language)) {
            Set<String> missing = PluralCoverage.missingCategories(CATALOG.find(language, key).orElseThrow(), language);
            if (!missing.isEmpty()) {
                faults.add(key + " lacks " + missing);
            }
        }
        assertThat(faults).as("plural categories in %s", language.tag()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void catalog_isTranslatedNotCopiedFromEnglish(Language language) {
        CatalogChecks.assertTranslatedNotCopied(CATALOG, language, SAME_IN_EVERY_LANGUAGE);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void catalog_usesNoAsciiApostrophe(Language language) {
        // In ICU MessageFormat an ASCII apostrophe can start a quoted literal and swallow a placeholder.
        assertThat(CATALOG.keys(language)).allSatisfy(key ->
                assertThat(CATALOG.find(language, key).orElseThrow()).as(key).doesNotContain("'"));
    }
}
