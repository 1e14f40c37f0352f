package org.bricshub.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every standard term of EPCIS 2.0 / CBV 2.0 has a label of its own in every language. */
class VocabularyCompletenessTest {

    private static final Catalog CATALOG = Catalog.load(Vocabulary.BASE_NAME);
    private static final Set<String> ENGLISH_KEYS = CATALOG.keys(Language.EN);

    @Test
    void englishTerms_areExactlyTheEpcis20Enumerations() throws IOException {
        Set<String> standard = new TreeSet<>();
        for (String line : lines("/epcis-2.0-vocabulary-terms.txt")) {
            String[] kindAndName = line.split(" ");
            standard.add(kindAndName[0] + "." + kindAndName[1]);
        }
        assertThat(standard).hasSize(41 + 33 + 72);
        assertThat(new TreeSet<>(ENGLISH_KEYS)).isEqualTo(standard);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void catalog_labelsEveryTermAndNoOther(Language language) {
        CatalogChecks.assertSameKeysAsEnglish(CATALOG, language);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void catalog_givesEveryTermADistinctLabel(Language language) {
        Map<String, String> keyByLabel = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String key : CATALOG.keys(language)) {
            String other = keyByLabel.put(CATALOG.find(language, key).orElseThrow(), key);
            if (other != null) {
                clashes.add(other + " and " + key);
            }
        }
        assertThat(clashes).as("terms sharing a label in %s", language.tag()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void catalog_isTranslatedNotCopiedFromEnglish(Language language) throws IOException {
        Set<String> cognates = new TreeSet<>();
        for (String line : lines("/vocabulary-cognates.txt")) {
            if (line.startsWith(language.tag() + " ")) {
                cognates.add(line.substring(language.tag().length() + 1));
            }
        }
        CatalogChecks.assertTranslatedNotCopied(CATALOG, language, cognates);
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = VocabularyCompletenessTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }
}
