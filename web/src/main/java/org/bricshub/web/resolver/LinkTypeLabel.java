package org.bricshub.web.resolver;

import java.util.Objects;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.Messages;
import org.bricshub.resolver.LinkType;
import org.bricshub.web.pages.PageContext;

/**
 * A link type as a page shows it to a person (public for the templates). The one place that turns a {@link LinkType}
 * into words: the catalogs' label {@code linkType.<term>} in the viewer's language; for a type they do not label, the
 * GS1 Web Vocabulary's English title, marked as English; for a term the resolver does not know (a stored link whose
 * term has left the vocabulary list), its CURIE, marked as no language ({@code zxx}, BCP 47 for non-linguistic
 * content). The GS1 Web Vocabulary itself has English titles only.
 *
 * @param text the words to show
 * @param lang the BCP 47 tag of {@code text} when it is not the page's language, else null (the template then writes
 *             no {@code lang} attribute)
 */
public record LinkTypeLabel(String text, String lang) {
    /** The prefix of the catalog keys, followed by the vocabulary term: {@code linkType.pip}. */
    public static final String KEY_PREFIX = "linkType.";

    public LinkTypeLabel {
        Objects.requireNonNull(text, "text");
    }

    /** The label of {@code type} on a page. */
    public static LinkTypeLabel of(PageContext page, LinkType type) {
        return of(page.messages(), page.language(), type);
    }

    /** The label of {@code type} for a reader of {@code viewer}. */
    public static LinkTypeLabel of(Messages messages, Language viewer, LinkType type) {
        String key = key(type);
        if (messages.keys().contains(key)) {
            return new LinkTypeLabel(messages.text(viewer, key), null);
        }
        return type.isKnown() ? new LinkTypeLabel(type.title(), "en") : new LinkTypeLabel(type.curie(), "zxx");
    }

    /** The catalog key of a type's label, e.g. {@code linkType.pip}. */
    public static String key(LinkType type) {
        return KEY_PREFIX + type.term();
    }

    /** {@code ltr} for a label that is not in the page's language (Latin script in any page), else null. */
    public String dir() {
        return lang == null ? null : "ltr";
    }
}
