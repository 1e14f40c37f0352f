package org.bricshub.web.resolver;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.bricshub.gs1.ApplicationIdentifier;
import org.bricshub.gs1.ApplicationIdentifiers;
import org.bricshub.resolver.Linksets;
import org.bricshub.resolver.Resolution;
import org.bricshub.resolver.ResolutionRequest;
import org.bricshub.resolver.Resolver;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.RequestView;
import org.bricshub.web.http.Shortcut;
import org.bricshub.web.pages.Pages;

/**
 * The GS1-Conformant Resolver 1.2 over HTTP: Digital Link paths at the root for every primary key (GET, HEAD,
 * OPTIONS, CORS), compressed Digital Links, and {@code /.well-known/gs1resolver}. The decision is the resolver
 * module's ({@link org.bricshub.resolver.ResolutionRules}); this class reads the request and writes the answer.
 *
 * <p>Register it after every other route: a compressed Digital Link is one path segment at the root, so its route
 * ({@code /{compressed}}) would otherwise shadow single-segment routes registered later.
 */
public final class ResolverRoutes implements Routes {
    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    static final Map<String, String> CORS = Map.of("Access-Control-Allow-Origin", "*",
            "Access-Control-Allow-Methods", ALLOWED_METHODS, "Access-Control-Expose-Headers", "Link, Location");
    static final String VARY = "Accept, Accept-Language";
    private final Resolver resolver;
    private final Decisions decisions;
    private final ConsumerPage consumerPage;
    private final ScanListener scans;
    private final ChoicesPage choicesPage;
    private final Map<String, Object> description;

    /**
     * @param consumerPage answers browsers that ask for no link type on a serial-level link (the journey page)
     * @param scans told of every resolved request
     * @param pages renders the page of a 300 answer for browsers
     */
    public ResolverRoutes(Resolver resolver, ConsumerPage consumerPage, ScanListener scans, Pages pages) {
        this.resolver = resolver;
        this.decisions = new Decisions(resolver);
        this.consumerPage = consumerPage;
        this.scans = scans;
        this.choicesPage = new ChoicesPage(pages);
        this.description = ResolverDescription.of(resolver.root(), pages.messages());
    }

    @Override
    public void register(ApiRouter router) {
        router.plain(HandlerType.GET, "/.well-known/gs1resolver", this::describe);
        router.plain(HandlerType.HEAD, "/.well-known/gs1resolver", this::describe);
        router.plain(HandlerType.OPTIONS, "/.well-known/gs1resolver", ResolverRoutes::options);
        for (ApplicationIdentifier ai : ApplicationIdentifiers.all()) {
            if (ai.primaryKey()) {
                routes(router, "/" + ai.code() + "/<path>");
            }
        }
        routes(router, "/{compressed}");
    }

    /** Redirects of uncompressed Digital Links, the resolver's bulk, answered ahead of the router. */
    @Override
    public List<Shortcut> shortcuts() {
        return List.of(new RedirectShortcut(decisions, scans));
    }

    private void routes(ApiRouter router, String path) {
        router.plain(HandlerType.GET, path, this::resolve);
        router.plain(HandlerType.HEAD, path, this::resolve);
        router.plain(HandlerType.OPTIONS, path, ResolverRoutes::options);
    }

    private void describe(Context ctx) {
        cors(ctx);
        ctx.header("Cache-Control", "public, max-age=3600").json(description);
    }

    /** CORS preflight and method discovery: every resolver path allows GET, HEAD and OPTIONS from any origin. */
    private static void options(Context ctx) {
        cors(ctx);
        ctx.header("Allow", ALLOWED_METHODS)
                .header("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type")
                .header("Access-Control-Max-Age", "86400")
                .status(204);
    }

    private static void cors(Context ctx) {
        CORS.forEach(ctx::header);
    }

    private void resolve(Context ctx) throws Exception {
        cors(ctx);
        Decision d = decisions.decide(ctx.path(), ctx.queryString(), ctx.header("Accept"), ctx.header("Accept-Language"));
        ctx.header("Vary", VARY);
        ctx.header("Link", d.linkHeader());
        scans.scanned(RequestView.of(ctx), d.link()).ifPresent(id -> ctx.attribute(ScanListener.SCAN_ID, id));
        switch (d.resolution()) {
            case Resolution.Redirect r -> ctx.status(307).header("Location", d.location(r));
            case Resolution.MultipleChoices m -> choices(ctx.status(300), d, m);
            case Resolution.Linkset l -> linkset(ctx, d.request(), Linksets.of(resolver.root(), d.levels().mostSpecificFirst()));
            case Resolution.ConsumerPage p -> consumerPage.show(ctx, d.link());
            case Resolution.NotFound n -> throw new IllegalStateException("refused by the decision");
        }
    }

    /** A page of links for a browser, the choices' linkset for any other client. */
    private void choices(Context ctx, Decision d, Resolution.MultipleChoices m) {
        if (d.request().prefersHtml()) {
            choicesPage.show(ctx, m.links());
            ctx.header("Vary", VARY);  // the page's own Vary names only Accept-Language
        } else {
            linkset(ctx, d.request(), Linksets.ofChoices(resolver.root(), m.links()));
        }
    }

    /** The linkset as RFC 9264 JSON, or as plain JSON or JSON-LD when the client asked for one of those first. */
    private static void linkset(Context ctx, ResolutionRequest request, Map<String, Object> linkset) {
        String first = request.mediaTypes().isEmpty() ? "" : request.mediaTypes().get(0);
        String type = switch (first) {
            case "application/json", "application/ld+json" -> first;
            default -> ResolutionRequest.LINKSET_JSON;
        };
        Object body = linkset;
        if (type.equals("application/ld+json")) {
            var ld = new java.util.LinkedHashMap<String, Object>();
            ld.put("@context", ResolverDescription.LINKSET_CONTEXT);
            ld.putAll(linkset);
            body = ld;
        }
        ctx.json(body).contentType(type);
    }
}
