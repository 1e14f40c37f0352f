package org.bricshub.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Test aid: the checks every catalog is held to, against its English reference. */
final class CatalogChecks {

    private CatalogChecks() {
    }

    /** A language's catalog has exactly the English keys: none missing, none that English lacks. */
    static void assertSameKeysAsEnglish(Catalog catalog, Language language) {
        Set<String> english = catalog.keys(Language.EN);
        Set<String> keys = catalog.keys(language);
        assertThat(new TreeSet<>(english)).as("keys missing in %s", language.tag())
                .allSatisfy(key -> assertThat(keys).contains(key));
        assertThat(new TreeSet<>(keys)).as("keys in %s that English lacks", language.tag())
                .allSatisfy(key -> assertThat(english).contains(key));
    }

    /** No text of a language equals the English one, except for the keys allowed to (names, cognates). */
    static void assertTranslatedNotCopied(Catalog catalog, Language language, Set<String> allowedSame) {
        List<String> copies = new ArrayList<>();
        for (String key : catalog.keys(language)) {
            if (!allowedSame.contains(key) && catalog.find(language, key).equals(catalog.find(Language.EN, key))) {
                copies.add(key);
            }
        }
        assertThat(copies).as("English copies in %s", language.tag()).isEmpty();
    }
}
