package org.bricshub.web.resolver;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.bricshub.i18n.Formats;
import org.bricshub.i18n.Language;
import org.bricshub.resolver.Link;
import org.bricshub.web.pages.PageContext;
import org.bricshub.web.pages.Pages;

/**
 * A 300 Multiple Choices answer for a person in a browser (GS1-Conformant Resolver 1.2 leaves the representation
 * of the choices to the resolver; RFC 9110 §15.4.1 lets it be a page of links): the candidate links as plain
 * anchors, in the viewer's language. API clients get the linkset instead.
 */
final class ChoicesPage {
    private final Pages pages;

    ChoicesPage(Pages pages) {
        this.pages = pages;
    }

    /** Writes the page for {@code links}; the caller has set the status and the resolver's headers. */
    void show(Context ctx, List<Link> links) {
        PageContext page = pages.context(ctx);
        List<LinkChoice> choices = links.stream().map(l -> choice(l, page)).toList();
        pages.render(ctx, page, "resolver-choices.jte", Map.of("page", page, "choices", choices));
    }

    private static LinkChoice choice(Link link, PageContext page) {
        Language viewer = page.language();
        List<String> languages = link.hreflang().stream()
                .map(tag -> Language.fromTag(tag).map(l -> Formats.languageName(viewer, l)).orElse(tag)).toList();
        return new LinkChoice(link.href(), link.title(), LinkTypeLabel.of(page, link.linkType()),
                String.join(", ", languages), link.type().orElse(""));
    }
}
