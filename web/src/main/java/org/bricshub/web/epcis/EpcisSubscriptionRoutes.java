package org.bricshub.web.epcis;

import static org.bricshub.web.api.Schemas.arrayOf;
import static org.bricshub.web.api.Schemas.dateTime;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bricshub.capture.QuerySchedule;
import org.bricshub.capture.Subscription;
import org.bricshub.capture.SubscriptionControlsException;
import org.bricshub.capture.SubscriptionRequest;
import org.bricshub.capture.Subscriptions;
import org.bricshub.platform.access.Principal;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Query subscriptions of the EPCIS 2.0 REST binding: webhooks ({@code POST /epcis/queries/{queryName}/subscriptions}
 * with {@code dest}, {@code signatureToken}, {@code stream} or {@code schedule}, {@code reportIfEmpty},
 * {@code initialRecordTime}; GET lists them; GET and DELETE {@code .../subscriptions/{subscriptionID}}) and WebSockets
 * (an upgrade of {@code GET /epcis/queries/{queryName}/events}, or of {@code .../subscriptions}, with
 * {@code stream=true} or the schedule fields
 * {@code second, minute, hour, dayOfMonth, month, dayOfWeek} as query parameters). Deliveries are EPCISQueryDocuments;
 * a webhook's carry {@code GS1-Signature: sha256=<hex HMAC-SHA256 of the body keyed with the signatureToken>}.
 */
public final class EpcisSubscriptionRoutes implements Routes {
    private static final Logger LOG = LoggerFactory.getLogger(EpcisSubscriptionRoutes.class);
    private static final List<String> SCHEDULE_FIELDS = List.of("second", "minute", "hour", "dayOfMonth", "month",
            "dayOfWeek");
    private static final Map<String, Object> SUBSCRIPTION = object(properties(
            Map.entry("subscriptionID", string("Its ID")), Map.entry("queryName", string("The named query")),
            Map.entry("dest", string("The webhook URL")), Map.entry("stream", Map.of("type", "boolean")),
            Map.entry("schedule", Map.of("type", "object")), Map.entry("reportIfEmpty", Map.of("type", "boolean")),
            Map.entry("initialRecordTime", dateTime("Events recorded from then on are reported")),
            Map.entry("minRecordTime", dateTime("Events recorded before it were reported")),
            Map.entry("createdAt", dateTime("When it was created")),
            Map.entry("lastNotifiedAt", dateTime("The last delivery the receiver acknowledged"))),
            List.of("subscriptionID", "dest", "createdAt"));
    private static final Map<String, Object> NEW_SUBSCRIPTION = object(properties(
            Map.entry("dest", string("The webhook URL, http or https")),
            Map.entry("signatureToken", string("Your secret: deliveries are signed with it (GS1-Signature)")),
            Map.entry("stream", Map.of("type", "boolean")), Map.entry("schedule", Map.of("type", "object")),
            Map.entry("reportIfEmpty", Map.of("type", "boolean")),
            Map.entry("initialRecordTime", dateTime("Report events recorded from then on (default: now)"))),
            List.of("dest"));
    private final Subscriptions subscriptions;
    private final Callers callers;
    private final JsonBodies bodies;
    private final Map<String, AutoCloseable> open = new ConcurrentHashMap<>();

    public EpcisSubscriptionRoutes(Subscriptions subscriptions, Callers callers, JsonBodies bodies) {
        this.subscriptions = subscriptions;
        this.callers = callers;
        this.bodies = bodies;
    }

    record NewSubscription(String dest, String signatureToken, Boolean stream, Map<String, String> schedule,
            Boolean reportIfEmpty, String initialRecordTime) {}

    @Override
    public void register(ApiRouter router) {
        String path = "/epcis/queries/{queryName}/subscriptions";
        router.api(new ApiOperation(HandlerType.POST, path, "epcis", "Subscribe a webhook to a named query (stream or "
                + "schedule); 201 with its Location", true, NEW_SUBSCRIPTION, 201, SUBSCRIPTION), this::subscribe);
        router.api(ApiOperation.get(path, "epcis", "The webhook subscriptions of a named query", true,
                arrayOf(SUBSCRIPTION)), ctx -> {
                    List<Subscription> list = subscriptions.list(callers.require(ctx), ctx.pathParam("queryName"));
                    EpcisCaptureRoutes.versions(ctx);
                    ctx.json(list.stream().map(EpcisSubscriptionRoutes::json).toList());
                });
        router.api(ApiOperation.get(path + "/{subscriptionID}", "epcis", "One webhook subscription", true,
                SUBSCRIPTION), ctx -> {
                    Subscription s = subscriptions.get(callers.require(ctx), ctx.pathParam("queryName"),
                            ctx.pathParam("subscriptionID"));
                    EpcisCaptureRoutes.versions(ctx);
                    ctx.json(json(s));
                });
        router.api(new ApiOperation(HandlerType.DELETE, path + "/{subscriptionID}", "epcis", "Unsubscribe", true, null,
                204, null), ctx -> {
                    subscriptions.unsubscribe(callers.require(ctx), ctx.pathParam("queryName"),
                            ctx.pathParam("subscriptionID"));
                    ctx.status(204);
                });
        // The binding upgrades GET .../events; .../subscriptions is accepted too, as the place subscriptions live.
        router.ws("/epcis/queries/{queryName}/events", this::beforeUpgrade, this::webSocket);
        router.ws(path, this::beforeUpgrade, this::webSocket);
    }

    private void subscribe(Context ctx) {
        Principal caller = callers.require(ctx);
        NewSubscription body = bodies.read(ctx, NewSubscription.class);
        if (body.dest() == null) {
            throw new SubscriptionControlsException("a webhook subscription needs dest");
        }
        SubscriptionRequest request = new SubscriptionRequest(uri(body.dest()), body.signatureToken(),
                Boolean.TRUE.equals(body.stream()), body.schedule() == null ? null : new QuerySchedule(body.schedule()),
                Boolean.TRUE.equals(body.reportIfEmpty()), time(body.initialRecordTime()));
        String queryName = ctx.pathParam("queryName");
        Subscription created = subscriptions.subscribe(caller, queryName, request);
        EpcisCaptureRoutes.versions(ctx);
        ctx.header("Location", "/epcis/queries/" + queryName + "/subscriptions/" + created.subscriptionID())
                .status(201).json(json(created));
    }

    /** Refuses a bad WebSocket subscription with a problem response before the 101. */
    private void beforeUpgrade(Context ctx) {
        wsRequest(ctx.queryParamMap());
        subscriptions.requireQuery(callers.require(ctx), ctx.pathParam("queryName"));
    }

    private void webSocket(WsConfig ws) {
        ws.onConnect(ctx -> {
            Principal caller = callers.require(ctx.header("Authorization"));
            open.put(ctx.sessionId(), subscriptions.openStream(caller, ctx.pathParam("queryName"),
                    wsRequest(ctx.queryParamMap()), sink(ctx)));
        });
        ws.onClose(ctx -> close(ctx.sessionId()));
        ws.onError(ctx -> close(ctx.sessionId()));
    }

    private void close(String sessionId) {
        AutoCloseable handle = open.remove(sessionId);
        if (handle != null) {
            try {
                handle.close();
            } catch (Exception e) {
                LOG.debug("closing WebSocket subscription {}: {}", sessionId, e.toString());
            }
        }
    }

    private static Subscriptions.StreamSink sink(WsContext ctx) {
        return new Subscriptions.StreamSink() {
            @Override
            public void send(String document) {
                ctx.send(document);
            }

            @Override
            public void close(String reason) {
                ctx.closeSession(1000, reason);
            }
        };
    }

    /** The subscription controls of a WebSocket upgrade: {@code stream=true} or schedule fields as parameters. */
    static SubscriptionRequest wsRequest(Map<String, List<String>> parameters) {
        Map<String, String> schedule = new LinkedHashMap<>();
        SCHEDULE_FIELDS.forEach(f -> {
            if (parameters.containsKey(f)) {
                schedule.put(f, String.join(",", parameters.get(f)));
            }
        });
        return new SubscriptionRequest(null, null, "true".equals(first(parameters, "stream")),
                schedule.isEmpty() ? null : new QuerySchedule(schedule), "true".equals(first(parameters, "reportIfEmpty")),
                time(first(parameters, "initialRecordTime")));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static URI uri(String dest) {
        try {
            return new URI(dest);
        } catch (URISyntaxException e) {
            throw new SubscriptionControlsException("dest is not a URL: " + e.getMessage());
        }
    }

    private static Instant time(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new SubscriptionControlsException("initialRecordTime must be a date-time with offset, was '" + value
                    + "'");
        }
    }

    static Map<String, Object> json(Subscription s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subscriptionID", s.subscriptionID());
        body.put("queryName", s.queryName());
        body.put("dest", s.dest().toString());
        if (s.stream()) {
            body.put("stream", true);
        } else {
            body.put("schedule", s.schedule().fields());
            body.put("reportIfEmpty", s.reportIfEmpty());
        }
        body.put("initialRecordTime", s.initialRecordTime().toString());
        body.put("minRecordTime", s.minRecordTime().toString());
        body.put("createdAt", s.createdAt().toString());
        if (s.lastNotifiedAt() != null) {
            body.put("lastNotifiedAt", s.lastNotifiedAt().toString());
        }
        return body;
    }
}
