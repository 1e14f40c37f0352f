package org.bricshub.web.journey;

import static org.bricshub.web.api.Schemas.arrayOf;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.journey.Journeys;
import org.bricshub.journey.ProductPublication;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.epcis.EpcisQueryRoutes;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;
import org.bricshub.web.resolver.ConsumerPage;

/**
 * Journey routes: the page at {@code /journey/<Digital Link path>} (until the resolver answers browsers at the root
 * itself), the public, cacheable event JSON and proof of the events that published journeys show, and the brand
 * owners' publication API.
 */
public final class JourneyRoutes implements Routes {
    private static final String JSON_SUFFIX = ".json";
    private static final Map<String, Object> PUBLICATION = object(properties(
            Map.entry("gtin", string("GTIN-14")),
            Map.entry("bizSteps", arrayOf(string("CBV 2.0 business step or private URI"))),
            Map.entry("default", Map.of("type", "boolean", "description", "whether the default steps apply"))),
            List.of("gtin", "bizSteps", "default"));

    private final ConsumerPage page;
    private final Journeys journeys;
    private final Callers callers;
    private final JsonBodies bodies;
    private final String stem;

    /** @param publicUrl the stem on which {@code /journey/...} paths are read as Digital Links */
    public JourneyRoutes(ConsumerPage page, Journeys journeys, Callers callers, JsonBodies bodies, String publicUrl) {
        this.page = page;
        this.journeys = journeys;
        this.callers = callers;
        this.bodies = bodies;
        this.stem = publicUrl.replaceAll("/+$", "");
    }

    /** Body of PUT /api/products/{gtin}/publication: the steps consumers see, or null for the default. */
    record StepsBody(List<String> bizSteps) {}

    /** Body of PUT /api/journey/events/{eventId}/publication: show, hide, or null for the product rule. */
    record EventBody(Boolean published) {}

    @Override
    public void register(ApiRouter router) {
        router.plain(HandlerType.GET, "/journey/events/{file}", this::eventJson);
        router.plain(HandlerType.GET, "/journey/events/{key}/proof", this::proof);
        router.plain(HandlerType.GET, "/journey/<path>", this::page);
        router.api(ApiOperation.get("/api/products/{gtin}/publication", "journey",
                "Which business steps of the product's journeys consumers see (owner)", true, PUBLICATION),
                ctx -> ctx.json(json(journeys.publication(callers.require(ctx), ctx.pathParam("gtin")))));
        router.api(new ApiOperation(HandlerType.PUT, "/api/products/{gtin}/publication", "journey",
                "Sets the business steps consumers see; bizSteps null restores the default (owner)", true,
                object(properties(Map.entry("bizSteps", arrayOf(string("CBV 2.0 business step or private URI")))),
                        List.of()), 200, PUBLICATION), this::publishSteps);
        router.api(new ApiOperation(HandlerType.PUT, "/api/journey/events/{eventId}/publication", "journey",
                "Shows or hides one event in the journeys of the caller's products; eventId is the 64 hex digits of "
                        + "its hash ID; published null returns it to the product rule (owner)", true,
                object(properties(Map.entry("published", Map.of("type", List.of("boolean", "null")))), List.of()),
                204, null), this::publishEvent);
    }

    private void page(Context ctx) throws Exception {
        DigitalLink link;
        try {
            link = DigitalLink.parse(stem + "/" + ctx.pathParam("path"));
        } catch (IllegalArgumentException e) { // Gs1Exception: a malformed Digital Link
            throw new InvalidInputException("path", "must be a GS1 Digital Link path: " + e.getMessage());
        }
        if (link.value("21").isEmpty()) {
            throw new InvalidInputException("path", "must name a serialised item: /01/{gtin}/10/{lot}/21/{serial}");
        }
        page.show(ctx, link);
    }

    private void eventJson(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(JSON_SUFFIX)) {
            throw new NotFoundException("no such journey resource: " + file);
        }
        String key = file.substring(0, file.length() - JSON_SUFFIX.length());
        String json = journeys.shownEventJson(key).orElseThrow(() -> new NotFoundException(
                "no published journey shows event " + key));
        // the exact bytes the log entry's content hash covers; immutable, but publication may be withdrawn
        ctx.header("Cache-Control", "public, max-age=300").contentType("application/ld+json")
                .result(json.getBytes(StandardCharsets.UTF_8));
    }

    private void proof(Context ctx) throws InterruptedException {
        String key = ctx.pathParam("key");
        var proof = journeys.shownEventProof(key, Duration.ofSeconds(5)).orElseThrow(() -> new NotFoundException(
                "no published journey shows event " + key + ", or its leaf is not in a checkpoint yet"));
        ctx.header("Cache-Control", "public, max-age=10").json(EpcisQueryRoutes.proofBody(proof));
    }

    private void publishSteps(Context ctx) {
        var caller = callers.require(ctx);
        StepsBody body = bodies.read(ctx, StepsBody.class);
        if (body.bizSteps() != null && body.bizSteps().contains(null)) {
            throw new InvalidInputException("bizSteps", "must not contain null");
        }
        Optional<Set<String>> steps = Optional.ofNullable(body.bizSteps()).map(Set::copyOf);
        ctx.json(json(journeys.publishSteps(caller, ctx.pathParam("gtin"), steps)));
    }

    private void publishEvent(Context ctx) {
        var caller = callers.require(ctx);
        EventBody body = bodies.read(ctx, EventBody.class);
        journeys.publishEvent(caller, ctx.pathParam("eventId"), Optional.ofNullable(body.published()));
        ctx.status(204);
    }

    private static Map<String, Object> json(ProductPublication p) {
        return Map.of("gtin", p.gtin(), "bizSteps", List.copyOf(p.bizSteps()), "default", p.isDefault());
    }
}
