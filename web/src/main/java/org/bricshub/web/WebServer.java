package org.bricshub.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bricshub.ledger.LedgerException;
import org.bricshub.merkle.LogFormatException;
import org.bricshub.platform.problem.ProblemException;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.OpenApiDocument;
import org.bricshub.web.api.OpenApiRoutes;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.BrowserErrorPage;
import org.bricshub.web.http.FrontDoor;
import org.bricshub.web.http.ModuleProblems;
import org.bricshub.web.http.ProblemMapper;
import org.bricshub.web.http.RateLimiter;
import org.bricshub.web.http.RequestGuards;
import org.bricshub.web.http.RequestObserver;
import org.bricshub.web.http.Shortcut;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The HTTP server: Javalin on Jetty with virtual threads, the guards that run before every request, one problem
 * mapper for every failure, gzip, static assets, and the routes that the app module hands in, with their
 * shortcuts answered ahead of Javalin, on the selector threads ({@link FrontDoor}).
 */
public final class WebServer implements AutoCloseable {
    private static final Set<HandlerType> HTTP_METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS, HandlerType.QUERY);

    private final Javalin javalin;
    private final List<ApiOperation> operations;
    private final List<String> routes;
    private final RequestObserver observer;

    private WebServer(Javalin javalin, List<ApiOperation> operations, List<String> routes, RequestObserver observer) {
        this.javalin = javalin;
        this.operations = operations;
        this.routes = routes;
        this.observer = observer;
    }

    /**
     * Starts listening; the port in {@code settings} may be 0 for a free one, see {@link #port()}.
     *
     * @param errorPage renders failures for browsers, or null for problem documents only
     */
    public static WebServer start(WebSettings settings, ObjectMapper json, MeterRegistry metrics,
                                  BrowserErrorPage errorPage, List<Routes> routes) {
        ProblemMapper problems = new ProblemMapper(json, errorPage);
        RateLimiter limiter = new RateLimiter(settings.ratePerSecond(), settings.rateBurst());
        RequestGuards guards = new RequestGuards(limiter, settings.maxRequestBytes());
        RequestObserver observer = new RequestObserver(metrics);
        List<Shortcut> shortcuts = routes.stream().flatMap(r -> r.shortcuts().stream()).toList();
        List<ApiOperation> operations = new ArrayList<>();
        List<String> registered = new ArrayList<>();
        Javalin javalin = Javalin.create(config -> {
            config.events.handlerAdded(h -> {
                if (HTTP_METHODS.contains(h.getHttpMethod())) {
                    registered.add(h.getHttpMethod().name() + " " + h.getPath());
                }
            });
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.http.prefer405over404 = true;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.jsonMapper(new JavalinJackson(json, false));
            config.jetty.addConnector((server, http) -> connector(server, http, settings));
            if (!shortcuts.isEmpty()) {
                // Javalin puts its servlet context inside the innermost wrapper it finds on the server.
                config.jetty.modifyServer(server -> server.setHandler(new FrontDoor(shortcuts, limiter, observer)));
            }
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=86400");
            });
            config.requestLogger.http(observer::observe);
            config.routes.before(guards::before);
            config.routes.exception(ProblemException.class, problems::problem);
            config.routes.exception(LedgerException.class, (e, ctx) -> problems.problem(ModuleProblems.of(e), ctx));
            config.routes.exception(LogFormatException.class, (e, ctx) -> problems.problem(ModuleProblems.of(e), ctx));
            config.routes.exception(org.bricshub.epcis.EpcisValidationException.class,
                    (e, ctx) -> problems.problem(ModuleProblems.of(e), ctx));
            config.routes.exception(org.bricshub.epcis.query.QueryParameterException.class,
                    (e, ctx) -> problems.problem(ModuleProblems.of(e), ctx));
            config.routes.exception(org.bricshub.gs1.Gs1Exception.class,
                    (e, ctx) -> problems.problem(ModuleProblems.of(e), ctx));
            config.routes.exception(HttpResponseException.class, problems::http);
            config.routes.exception(Exception.class, problems::unexpected);
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    problems.status(ctx);
                }
            });
            ApiRouter router = new ApiRouter(config.routes);
            routes.forEach(r -> r.register(router));
            new OpenApiRoutes(() -> OpenApiDocument.build(router.operations(), settings.publicUrl(), settings.version()))
                    .register(router);
            operations.addAll(router.operations());
        });
        javalin.start();
        return new WebServer(javalin, List.copyOf(operations), List.copyOf(registered), observer);
    }

    /**
     * One selector per core, not Jetty's default of one per two cores: the {@link FrontDoor}'s shortcuts answer on
     * the selector threads, so with fewer selectors than cores redirects could not use the whole machine.
     */
    private static ServerConnector connector(Server server, HttpConfiguration http, WebSettings settings) {
        ServerConnector connector = new ServerConnector(server, -1, Runtime.getRuntime().availableProcessors(),
                new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        return connector;
    }

    public int port() {
        return javalin.port();
    }

    /** The documented JSON operations, as the OpenAPI document lists them. */
    public List<ApiOperation> operations() {
        return operations;
    }

    /** Every HTTP route the server answers, as {@code "GET /path/{param}"}, documented or not. */
    public List<String> routes() {
        return routes;
    }

    @Override
    public void close() {
        javalin.stop();
        observer.close();  // after the last request: its access log line is written too
    }
}
