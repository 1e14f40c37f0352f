package org.bricshub.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.LanguageNegotiation;
import org.bricshub.i18n.Messages;
import org.bricshub.web.http.BrowserErrorPage;
import org.bricshub.web.resolver.InvalidDigitalLinkException;
import org.bricshub.web.resolver.UnknownCodeException;

/**
 * Renders the server-side pages: precompiled JTE templates, in the language negotiated from {@code ?lang=}, then
 * Accept-Language, then English.
 */
public final class Pages {
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Messages messages;

    public Pages(Messages messages) {
        this.messages = messages;
    }

    /** The catalogs the pages are worded from. */
    public Messages messages() {
        return messages;
    }

    /** The page context of a request. */
    public PageContext context(Context ctx) {
        return context(ctx, Language.EN);
    }

    /** The page context of a request whose language falls back to {@code fallback} (e.g. a product's language). */
    public PageContext context(Context ctx, Language fallback) {
        Language language = LanguageNegotiation.negotiate(ctx.queryParam("lang"), ctx.header("Accept-Language"),
                fallback);
        return new PageContext(language, messages, ctx.path());
    }

    /** Renders {@code template} with its parameters and answers it as HTML in the page's language. */
    public void render(Context ctx, PageContext page, String template, Map<String, Object> params) {
        send(ctx, page, html(template, params));
    }

    /** Renders {@code template} to a string, for pages that cache what they render. */
    public String html(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        return out.toString();
    }

    /** Answers rendered HTML in the page's language. */
    public void send(Context ctx, PageContext page, String html) {
        ctx.header("Content-Language", page.lang());
        ctx.header("Vary", "Accept-Language");
        ctx.html(html);
    }

    /**
     * Failures as pages for browsers: an unreadable or unknown scanned code in its own words, "not found" for 404,
     * a generic apology otherwise.
     */
    public BrowserErrorPage errorPage() {
        return new BrowserErrorPage() {
            @Override
            public void render(Context ctx, int status) {
                render(ctx, status, "");
            }

            @Override
            public void render(Context ctx, int status, String slug) {
                String kind = switch (slug) {
                    case InvalidDigitalLinkException.SLUG -> "badCode";
                    case UnknownCodeException.SLUG -> "unknownCode";
                    default -> status == 404 ? "notFound" : "generic";
                };
                PageContext page = context(ctx);
                Pages.this.render(ctx, page, "error.jte", Map.of("page", page, "kind", kind));
            }
        };
    }
}
