package org.bricshub.web.resolver;

import com.ibm.icu.text.Collator;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.gs1.Gs1Exception;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.ProblemException;
import org.bricshub.resolver.Link;
import org.bricshub.resolver.LinkType;
import org.bricshub.resolver.NewLink;
import org.bricshub.resolver.Resolver;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.pages.PageContext;
import org.bricshub.web.pages.Pages;

/**
 * The console page of the resolver: register, list and delete links. As on the code console, each form carries an
 * API key used for that request only; the rules are the link API's ({@link Resolver}).
 */
public final class LinkConsoleRoutes implements Routes {
    private final Pages pages;
    private final Resolver resolver;
    private final Authenticator authenticator;

    public LinkConsoleRoutes(Pages pages, Resolver resolver, Authenticator authenticator) {
        this.pages = pages;
        this.resolver = resolver;
        this.authenticator = authenticator;
    }

    @Override
    public void register(ApiRouter router) {
        router.plain(HandlerType.GET, "/console/links", ctx -> render(ctx, null, null, field(ctx, "anchor"), null));
        router.plain(HandlerType.POST, "/console/links", this::create);
        router.plain(HandlerType.POST, "/console/links/list", this::list);
        router.plain(HandlerType.POST, "/console/links/delete", this::delete);
    }

    private void create(Context ctx) {
        String anchor = field(ctx, "anchor");
        try {
            Link link = resolver.register(caller(ctx), NewLink.of(anchor, field(ctx, "linkType"), field(ctx, "href"),
                    field(ctx, "title"), words(field(ctx, "hreflang")), words(field(ctx, "context")),
                    field(ctx, "type"), "on".equals(ctx.formParam("default"))));
            render(ctx, pages.context(ctx).t("resolver.console.created", Long.toString(link.id())), null, anchor, null);
        } catch (ProblemException e) {
            render(ctx.status(e.status()), null, e.detail(), anchor, null);
        }
    }

    private void list(Context ctx) {
        String anchor = field(ctx, "anchor");
        try {
            DigitalLink link;
            try {
                link = DigitalLink.parse(anchor.strip()).withoutQuery();
            } catch (Gs1Exception e) {
                throw new InvalidInputException("anchor", "must be a GS1 Digital Link URI: " + e.getMessage());
            }
            PageContext page = pages.context(ctx);
            List<Map<String, Object>> links = resolver.links(caller(ctx), link).stream().map(l -> {
                Map<String, Object> row = new HashMap<>(LinkRoutes.json(resolver.root(), l));
                row.put("linkTypeLabel", LinkTypeLabel.of(page, l.linkType()));
                return row;
            }).toList();
            render(ctx, null, null, anchor, links);
        } catch (ProblemException e) {
            render(ctx.status(e.status()), null, e.detail(), anchor, null);
        }
    }

    private void delete(Context ctx) {
        try {
            long id;
            try {
                id = Long.parseLong(field(ctx, "id").strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("id", "must be a link id (a whole number)");
            }
            resolver.delete(caller(ctx), id);
            render(ctx, pages.context(ctx).t("resolver.console.deleted", Long.toString(id)), null, "", null);
        } catch (ProblemException e) {
            render(ctx.status(e.status()), null, e.detail(), "", null);
        }
    }

    private Principal caller(Context ctx) {
        return authenticator.authenticate("Bearer " + field(ctx, "key").strip());
    }

    private void render(Context ctx, String message, String error, String anchor, List<Map<String, Object>> links) {
        PageContext page = pages.context(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("message", message);
        params.put("error", error);
        params.put("anchor", anchor);
        params.put("links", links);
        params.put("linkTypes", registrableTypes(page));
        ctx.header("Cache-Control", "no-store");
        pages.render(ctx, page, "link-console.jte", params);
    }

    /** The registrable types by CURIE, in the order of their labels in the page's language (a person looks them up). */
    private static Map<String, LinkTypeLabel> registrableTypes(PageContext page) {
        Collator collator = Collator.getInstance(page.language().uLocale());
        Map<String, LinkTypeLabel> types = new LinkedHashMap<>();
        LinkType.known().stream().filter(LinkType::isRegistrable)
                .map(t -> Map.entry(t.curie(), LinkTypeLabel.of(page, t)))
                .sorted(Comparator.comparing(e -> e.getValue().text(), collator))
                .forEach(e -> types.put(e.getKey(), e.getValue()));
        return types;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("[\\s,]+"));
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null && ctx.method() == HandlerType.GET) {
            value = ctx.queryParam(name);
        }
        return value == null ? "" : value;
    }
}
