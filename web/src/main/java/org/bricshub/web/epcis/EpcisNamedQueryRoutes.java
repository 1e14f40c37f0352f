package org.bricshub.web.epcis;

import static org.bricshub.web.api.Schemas.arrayOf;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bricshub.capture.EventRepository;
import org.bricshub.capture.NamedQueries;
import org.bricshub.capture.NamedQuery;
import org.bricshub.capture.Subscriptions;
import org.bricshub.epcis.query.EventQuery;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;

/**
 * Named queries of the EPCIS 2.0 REST binding: {@code POST /epcis/queries} ({@code {name, query}}, 201 with its
 * Location; 409 when the name is taken), {@code GET /epcis/queries}, {@code GET} and {@code DELETE}
 * {@code /epcis/queries/{queryName}} (deleting ends its subscriptions) and {@code GET
 * /epcis/queries/{queryName}/events} (the results, paged like {@code /epcis/events}). Each organisation has its own.
 */
public final class EpcisNamedQueryRoutes implements Routes {
    static final Map<String, Object> NAMED_QUERY = object(properties(
            Map.entry("name", string("Unique in your organisation: 1-100 of A-Z a-z 0-9 . _ ~ -")),
            Map.entry("query", Map.of("type", "object",
                    "description", "The query, as GS1 query-schema.json defines it (@context binds extension prefixes)"))),
            List.of("name", "query"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private final NamedQueries queries;
    private final Subscriptions subscriptions;
    private final EventRepository repository;
    private final Callers callers;
    private final JsonBodies bodies;

    public EpcisNamedQueryRoutes(NamedQueries queries, Subscriptions subscriptions, EventRepository repository,
            Callers callers, JsonBodies bodies) {
        this.queries = queries;
        this.subscriptions = subscriptions;
        this.repository = repository;
        this.callers = callers;
        this.bodies = bodies;
    }

    record NewQuery(String name, JsonNode query) {
        NewQuery {
            if (query == null || !query.isObject()) {
                throw new InvalidInputException("query", "is required: a JSON object (query-schema.json)");
            }
        }
    }

    @Override
    public void register(ApiRouter router) {
        router.api(new ApiOperation(HandlerType.POST, "/epcis/queries", "epcis",
                "Create a named query; 201 with its Location, 409 when the name is taken", true, NAMED_QUERY, 201,
                NAMED_QUERY), this::create);
        router.api(ApiOperation.get("/epcis/queries", "epcis", "Your organisation's named queries", true,
                arrayOf(NAMED_QUERY)), ctx -> {
                    List<NamedQuery> list = queries.list(callers.require(ctx));
                    EpcisCaptureRoutes.versions(ctx);
                    ctx.json(list.stream().map(EpcisNamedQueryRoutes::json).toList());
                });
        router.api(ApiOperation.get("/epcis/queries/{queryName}", "epcis", "A named query's definition", true,
                NAMED_QUERY), ctx -> {
                    NamedQuery query = queries.get(callers.require(ctx), ctx.pathParam("queryName"));
                    EpcisCaptureRoutes.versions(ctx);
                    ctx.json(json(query));
                });
        router.api(new ApiOperation(HandlerType.DELETE, "/epcis/queries/{queryName}", "epcis",
                "Delete a named query and end all its subscriptions, webhooks and WebSockets", true, null, 204, null),
                ctx -> {
                    subscriptions.deleteQuery(callers.require(ctx), ctx.pathParam("queryName"));
                    ctx.status(204);
                });
        router.api(new ApiOperation(HandlerType.GET, "/epcis/queries/{queryName}/events", "epcis",
                "A named query's results, an EPCISQueryDocument paged like /epcis/events (a WebSocket upgrade with "
                        + "stream=true or a schedule subscribes)", true, null, 200, null), this::events);
    }

    private void create(Context ctx) {
        Principal caller = callers.require(ctx);
        NewQuery body = bodies.read(ctx, NewQuery.class);
        NamedQuery created = queries.create(caller, body.name(), body.query().toString());
        EpcisCaptureRoutes.versions(ctx);
        ctx.header("Location", "/epcis/queries/" + created.name()).status(201).json(json(created));
    }

    private void events(Context ctx) {
        Principal caller = callers.require(ctx);
        NamedQuery named = queries.get(caller, ctx.pathParam("queryName"));
        EventQuery paging = EventPages.query(ctx);
        if (!paging.conditions().isEmpty()) {
            throw new InvalidInputException("query", "a named query's results take only perPage and nextPageToken");
        }
        EventQuery query = named.eventQuery().page(paging.perPage(), paging.nextPageToken());
        EventPages.send(ctx, named.name(), repository.query(caller, query));
    }

    static Map<String, Object> json(NamedQuery query) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", query.name());
        try {
            body.put("query", JSON.readTree(query.query()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored query is a JSON object: " + query.query(), e);
        }
        return body;
    }
}
