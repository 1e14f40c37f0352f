package org.bricshub.web.epcis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bricshub.capture.EventPage;
import org.bricshub.capture.EventProof;
import org.bricshub.capture.EventRepository;
import org.bricshub.epcis.EpcisJsonCodec;
import org.bricshub.epcis.query.EventQueryParser;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.NotFoundException;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;

/**
 * Query by the EPCIS 2.0 REST binding: {@code GET /epcis/events} (the SimpleEventQuery parameters, paged with
 * {@code nextPageToken} and a {@code Link: rel="next"} header), {@code GET /epcis/events/{eventID}} (the event's
 * RFC 8785 canonical JSON, the bytes its log entry commits to) and {@code GET /epcis/events/{eventID}/proof}.
 * The eventID is percent-encoded in the path.
 */
public final class EpcisQueryRoutes implements Routes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROOF = "/proof";
    private final EventRepository repository;
    private final Callers callers;

    public EpcisQueryRoutes(EventRepository repository, Callers callers) {
        this.repository = repository;
        this.callers = callers;
    }

    @Override
    public void register(ApiRouter router) {
        router.api(new ApiOperation(HandlerType.GET, "/epcis/events", "epcis",
                "Query events with the SimpleEventQuery parameters; an EPCISQueryDocument", true, null, 200, null),
                this::query);
        router.plain(HandlerType.GET, "/epcis/events/<eventID>", this::eventOrProof);
    }

    private void query(Context ctx) {
        Principal caller = callers.require(ctx);
        EventPage page = repository.query(caller, EventQueryParser.parse(ctx.queryParamMap()));
        ObjectNode document = JSON.createObjectNode();
        document.putArray("@context").add("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
        document.put("type", "EPCISQueryDocument").put("schemaVersion", "2.0")
                .put("creationDate", Instant.now().toString());
        ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
        results.put("queryName", "SimpleEventQuery");
        ArrayNode events = results.putObject("resultsBody").putArray("eventList");
        page.events().forEach(e -> events.add(EpcisJsonCodec.parse(e)));
        if (page.nextPageToken() != null) {
            ctx.header("Link", "<" + nextPage(ctx, page.nextPageToken()) + ">; rel=\"next\"");
        }
        EpcisCaptureRoutes.versions(ctx);
        ctx.contentType("application/ld+json").result(document.toString());
    }

    private static String nextPage(Context ctx, String token) {
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        params.put("nextPageToken", List.of(token));
        return ctx.path() + "?" + params.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    private void eventOrProof(Context ctx) throws InterruptedException {
        Principal caller = callers.require(ctx);
        String raw = ctx.pathParam("eventID");
        EpcisCaptureRoutes.versions(ctx);
        if (raw.endsWith(PROOF)) {
            String eventId = decode(raw.substring(0, raw.length() - PROOF.length()));
            EventProof proof = repository.proof(caller, eventId, Duration.ofSeconds(5)).orElseThrow(
                    () -> new NotFoundException("no event " + eventId + " with a recorded leaf is visible to you"));
            ctx.json(proofBody(proof));
            return;
        }
        String eventId = decode(raw);
        String json = repository.eventJson(caller, eventId).orElseThrow(
                () -> new NotFoundException("no event " + eventId + " is visible to you"));
        ctx.contentType("application/ld+json").result(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The JSON body of an event's proof: {"eventID", "leafIndex", "entry" (base64), "checkpoint" (signed note),
     * "inclusion": {"size", "hashes" (base64)}}, as {@code GET /epcis/events/{eventID}/proof} serves it.
     */
    public static Map<String, Object> proofBody(EventProof proof) {
        Base64.Encoder b64 = Base64.getEncoder();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventID", proof.eventID());
        body.put("leafIndex", proof.leafIndex());
        body.put("entry", b64.encodeToString(proof.entry()));
        body.put("checkpoint", proof.checkpoint());
        body.put("inclusion", Map.of("size", proof.treeSize(),
                "hashes", proof.hashes().stream().map(b64::encodeToString).toList()));
        return body;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
