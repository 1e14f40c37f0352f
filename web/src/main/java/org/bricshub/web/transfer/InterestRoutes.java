package org.bricshub.web.transfer;

import static org.bricshub.web.api.Schemas.arrayOf;
import static org.bricshub.web.api.Schemas.dateTime;
import static org.bricshub.web.api.Schemas.integer;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.transfer.DealType;
import org.bricshub.transfer.TechnologyTransfer;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;

/** Expressions of interest over HTTP; registered by {@link TransferRoutes}. */
final class InterestRoutes {
    private static final Map<String, Object> NEW = object(properties(
            Map.entry("dealType", string("licence, sale, joint-development, investment or technical-service")),
            Map.entry("message", string("1 to 2,000 characters"))), List.of("dealType", "message"));
    private static final Map<String, Object> INTEREST = object(properties(
            Map.entry("id", integer("Interest id")), Map.entry("listingId", integer("Listing")),
            Map.entry("listingTitle", string("Original title")), Map.entry("dealType", string("Deal sought")),
            Map.entry("message", string("The message")), Map.entry("status", string("pending, accepted or declined")),
            Map.entry("createdAt", dateTime("Sent")),
            Map.entry("counterpart", object(properties(
                    Map.entry("kind", string("Kind of organisation")), Map.entry("country", string("Country")),
                    Map.entry("orgId", integer("Only once accepted")), Map.entry("name", string("Only once accepted"))),
                    List.of("kind", "country")))), List.of("id", "listingId", "status", "counterpart"));
    private final TechnologyTransfer transfer;
    private final Callers callers;
    private final JsonBodies bodies;

    InterestRoutes(TechnologyTransfer transfer, Callers callers, JsonBodies bodies) {
        this.transfer = transfer;
        this.callers = callers;
        this.bodies = bodies;
    }

    record NewInterest(String dealType, String message) {
    }

    void register(ApiRouter router) {
        router.api(new ApiOperation(HandlerType.POST, "/api/transfer/listings/{id}/interests", "transfer",
                "Express interest in a published listing; the owner sees who you are only if it accepts", true, NEW,
                201, INTEREST), this::express);
        router.api(ApiOperation.get("/api/transfer/interests/received", "transfer",
                "Interests in the caller's organisation's listings", true, arrayOf(INTEREST)),
                ctx -> ctx.json(transfer.interestsReceived(callers.require(ctx))));
        router.api(ApiOperation.get("/api/transfer/interests/sent", "transfer",
                "Interests the caller's organisation expressed", true, arrayOf(INTEREST)),
                ctx -> ctx.json(transfer.interestsSent(callers.require(ctx))));
        decision(router, "accept", true);
        decision(router, "decline", false);
    }

    private void decision(ApiRouter router, String name, boolean accept) {
        router.api(new ApiOperation(HandlerType.POST, "/api/transfer/interests/{id}/" + name, "transfer",
                (accept ? "Accept: both identities are revealed" : "Decline: both stay anonymous") + " (listing owner)",
                true, null, 200, INTEREST), ctx -> ctx.json(transfer.decideInterest(callers.require(ctx), id(ctx),
                accept)));
    }

    private void express(Context ctx) {
        NewInterest body = bodies.read(ctx, NewInterest.class);
        ctx.status(201).json(transfer.expressInterest(callers.require(ctx), id(ctx),
                DealType.parse("dealType", body.dealType()), body.message()));
    }

    static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("id", "must be a number, got '" + raw + "'");
        }
    }
}
