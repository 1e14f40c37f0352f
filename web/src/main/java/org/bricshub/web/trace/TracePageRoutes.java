package org.bricshub.web.trace;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.HashMap;
import java.util.Map;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;
import org.bricshub.trace.CodeCheck;
import org.bricshub.trace.ProductCodes;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.pages.PageContext;
import org.bricshub.web.pages.Pages;

/**
 * Console pages of the Product Code service: check a code (genuine? which product and batch? its state); register
 * products and locations, issue codes ({@link ConsoleForms}).
 */
public final class TracePageRoutes implements Routes {
    private final Pages pages;
    private final ProductCodes codes;
    private final ConsoleForms console;

    public TracePageRoutes(Pages pages, ProductCodes codes, Authenticator authenticator) {
        this.pages = pages;
        this.codes = codes;
        this.console = new ConsoleForms(pages, codes, authenticator);
    }

    @Override
    public void register(ApiRouter router) {
        router.plain(HandlerType.GET, "/codes/check", this::check);
        router.plain(HandlerType.GET, "/console/codes", console::show);
        router.plain(HandlerType.POST, "/console/products", console::createProduct);
        router.plain(HandlerType.POST, "/console/locations", console::createLocation);
        router.plain(HandlerType.POST, "/console/batches", console::issueBatch);
    }

    private void check(Context ctx) {
        PageContext page = pages.context(ctx);
        String uri = ctx.queryParam("uri");
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("uri", uri == null ? "" : uri);
        params.put("result", uri == null || uri.isBlank() ? null : view(uri.strip(), page));
        pages.render(ctx, page, "code-check.jte", params);
    }

    private CodeCheckView view(String uri, PageContext page) {
        CodeCheck check;
        try {
            check = codes.check(uri);
        } catch (InvalidInputException e) {
            return new CodeCheckView(true, false, null, null, null, null, null);
        }
        String name = null;
        if (check.genuine()) {
            try {
                var product = codes.product(check.gtin()).data();
                name = product.name().in(page.language(), product.defaultLanguage()).orElse(null);
            } catch (NotFoundException e) {
                name = null;
            }
        }
        return new CodeCheckView(false, check.genuine(), check.gtin(), check.lot().orElse(""),
                check.serial().orElse(""), check.state().map(s -> s.wireName()).orElse(""), name);
    }
}
