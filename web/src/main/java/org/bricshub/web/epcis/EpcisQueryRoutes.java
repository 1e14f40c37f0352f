package org.bricshub.web.epcis;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bricshub.capture.EventProof;
import org.bricshub.capture.EventRepository;
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
 * The eventID is percent-encoded in the path. Also registers the master-data query ({@link EpcisVocabularyRoutes}).
 */
public final class EpcisQueryRoutes implements Routes {
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
        new EpcisVocabularyRoutes(repository, callers).register(router);
    }

    private void query(Context ctx) {
        Principal caller = callers.require(ctx);
        EventPages.send(ctx, "SimpleEventQuery", repository.query(caller, EventPages.query(ctx)));
    }

    private void eventOrProof(Context ctx) throws InterruptedException {
        Principal caller = callers.require(ctx);
        String raw = ctx.pathParam("eventID");
        EpcisCaptureRoutes.versions(ctx);
        if (raw.endsWith(PROOF)) {
            String eventId = EventPages.decode(raw.substring(0, raw.length() - PROOF.length()));
            EventProof proof = repository.proof(caller, eventId, Duration.ofSeconds(5)).orElseThrow(
                    () -> new NotFoundException("no event " + eventId + " with a recorded leaf is visible to you"));
            ctx.json(proofBody(proof));
            return;
        }
        String eventId = EventPages.decode(raw);
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
}
