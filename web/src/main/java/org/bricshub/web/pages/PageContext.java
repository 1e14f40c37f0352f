package org.bricshub.web.pages;

import java.util.Arrays;
import java.util.List;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.Messages;

/** What every page template needs: the negotiated language, its texts, and the path for the language switch. */
public record PageContext(Language language, Messages messages, String path) {
    private static final List<Language> ALL = Arrays.asList(Language.values());

    /** The text of {@code key} in the page's language. */
    public String t(String key, Object... args) {
        return messages.text(language, key, args);
    }

    public String lang() {
        return language.tag();
    }

    public String dir() {
        return language.isRightToLeft() ? "rtl" : "ltr";
    }

    public List<Language> languages() {
        return ALL;
    }
}
