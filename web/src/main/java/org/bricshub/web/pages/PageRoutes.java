package org.bricshub.web.pages;

import io.javalin.http.HandlerType;
import java.util.Map;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;

/** The landing page of the two services. */
public final class PageRoutes implements Routes {
    private final Pages pages;

    public PageRoutes(Pages pages) {
        this.pages = pages;
    }

    @Override
    public void register(ApiRouter router) {
        router.plain(HandlerType.GET, "/", ctx -> {
            PageContext page = pages.context(ctx);
            pages.render(ctx, page, "landing.jte", Map.of("page", page));
        });
    }
}
