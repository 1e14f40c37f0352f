package org.bricshub.web.transfer;

import static org.bricshub.web.transfer.TransferSchemas.LISTING;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;
import org.bricshub.platform.access.Principal;
import org.bricshub.transfer.Listing;
import org.bricshub.transfer.TechnologyTransfer;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;
import org.bricshub.web.pages.Pages;

/** The Technology Transfer JSON API (and, through {@link TransferPages}, its pages). Rules live in {@link TechnologyTransfer}; this class only translates HTTP. */
public final class TransferRoutes implements Routes {
    private static final String TAG = "transfer";
    private static final String LISTINGS = "/api/transfer/listings";
    private final TechnologyTransfer transfer;
    private final Callers callers;
    private final JsonBodies bodies;
    private final Pages pages;

    public TransferRoutes(TechnologyTransfer transfer, Callers callers, JsonBodies bodies, Pages pages) {
        this.transfer = transfer;
        this.callers = callers;
        this.bodies = bodies;
        this.pages = pages;
    }

    record Rejection(String reason) {
    }

    /** A life-cycle step taken by POST {@code /api/transfer/listings/{id}/<step>}. */
    @FunctionalInterface
    private interface Step {
        Listing take(Principal caller, long id);
    }

    @Override
    public void register(ApiRouter router) {
        router.api(new ApiOperation(HandlerType.POST, LISTINGS, TAG,
                "Create a listing of the caller's organisation; it goes to review (or stays a draft)", true,
                TransferSchemas.NEW_LISTING, 201, LISTING), this::create);
        router.api(ApiOperation.get(LISTINGS + "/{id}", TAG,
                "One listing: published ones for anyone, others for their organisation and moderators", false,
                LISTING), ctx -> ctx.json(ListingJson.of(transfer.get(optionalCaller(ctx), id(ctx)))));
        router.api(new ApiOperation(HandlerType.PUT, LISTINGS + "/{id}", TAG,
                "Replace a listing's facts and original text; a published listing returns to review", true,
                TransferSchemas.NEW_LISTING, 200, LISTING), ctx -> ctx.json(ListingJson.of(
                        transfer.update(caller(ctx), id(ctx), bodies.read(ctx, ListingBody.class).toInput()))));
        router.api(new ApiOperation(HandlerType.PUT, LISTINGS + "/{id}/versions/{lang}", TAG,
                "Add or replace the listing's version in another language", true, TransferSchemas.VERSION, 200,
                LISTING), ctx -> ctx.json(ListingJson.of(transfer.putVersion(caller(ctx), id(ctx),
                        ListingBody.language("lang", ctx.pathParam("lang")),
                        bodies.read(ctx, VersionBody.class).toText()))));
        router.api(new ApiOperation(HandlerType.POST, LISTINGS + "/{id}/translations/{lang}", TAG,
                "Machine-translate the listing into a language (owner or moderator): translation memory, then the "
                + "configured engine; never replaces the owner's version (409); 422 naming the field no engine "
                + "could translate", true, null, 200, LISTING), ctx -> ctx.json(ListingJson.of(transfer.translate(
                        caller(ctx), id(ctx), ListingBody.language("lang", ctx.pathParam("lang"))))));
        step(router, "submit", "Send a draft to review (owner)", transfer::submit);
        step(router, "approve", "Publish a listing under review (platform operator)", transfer::approve);
        step(router, "withdraw", "Withdraw a listing (owner)", transfer::withdraw);
        step(router, "conclude", "Mark a listing concluded: a deal was made (owner)", transfer::conclude);
        step(router, "renew", "Publish again for a year (owner)", transfer::renew);
        router.api(new ApiOperation(HandlerType.POST, LISTINGS + "/{id}/reject", TAG,
                "Send a listing under review back to draft with a reason (platform operator)", true,
                TransferSchemas.REJECTION, 200, LISTING), ctx -> ctx.json(ListingJson.of(transfer.reject(caller(ctx),
                        id(ctx), bodies.read(ctx, Rejection.class).reason()))));
        router.api(ApiOperation.get("/api/transfer/my/listings", TAG, "The caller's organisation's listings", true,
                TransferSchemas.LISTINGS), ctx -> ctx.json(transfer.mine(caller(ctx)).stream().map(ListingJson::of)
                .toList()));
        router.api(ApiOperation.get("/api/transfer/moderation", TAG, "Listings waiting for review (platform operator)",
                true, TransferSchemas.LISTINGS), ctx -> ctx.json(transfer.moderationQueue(caller(ctx),
                SearchParams.integer(ctx, "limit", 100)).stream().map(ListingJson::of).toList()));
        router.api(ApiOperation.get("/api/transfer/search", TAG, "Search published listings across languages, "
                + "with facets (q, lang, type, field, ipc, country, deal, language, trlMin, trlMax, sort, page, size)",
                false, TransferSchemas.SEARCH), this::search);
        router.api(ApiOperation.get(LISTINGS + "/{id}/matches", TAG,
                "The best answers to a listing across languages, each explained (limit 1-100, default 10)", false,
                TransferSchemas.MATCHES), ctx -> ctx.json(SearchJson.of(transfer.matches(optionalCaller(ctx), id(ctx),
                SearchParams.integer(ctx, "limit", 10)))));
        router.api(ApiOperation.get(LISTINGS + "/{id}/similar", TAG,
                "More like this: listings of the same type most like this one", false, TransferSchemas.MATCHES),
                ctx -> ctx.json(SearchJson.of(transfer.similar(optionalCaller(ctx), id(ctx),
                        SearchParams.integer(ctx, "limit", 10)))));
        new InterestRoutes(transfer, callers, bodies).register(router);
        new AttachmentRoutes(transfer, callers).register(router);
        new AlertRoutes(transfer, callers, bodies).register(router);
        new TransferPages(transfer, callers, pages).register(router);
    }

    private void step(ApiRouter router, String name, String summary, Step step) {
        router.api(new ApiOperation(HandlerType.POST, LISTINGS + "/{id}/" + name, TAG, summary, true, null, 200,
                LISTING), ctx -> ctx.json(ListingJson.of(step.take(caller(ctx), id(ctx)))));
    }

    private void create(Context ctx) {
        ListingBody body = bodies.read(ctx, ListingBody.class);
        Listing created = transfer.create(caller(ctx), body.toInput(), body.isDraft());
        ctx.status(201).header("Location", LISTINGS + "/" + created.id()).json(ListingJson.of(created));
    }

    private void search(Context ctx) {
        var query = SearchParams.read(ctx);
        ctx.json(SearchJson.of(transfer.search(query), query.page(), query.size()));
    }

    private Principal caller(Context ctx) {
        return callers.require(ctx);
    }

    /** Reads are public; a key, when presented, must be valid and shows the caller's unpublished listings too. */
    private Optional<Principal> optionalCaller(Context ctx) {
        return ctx.header("Authorization") == null ? Optional.empty() : Optional.of(callers.require(ctx));
    }

    private static long id(Context ctx) {
        return InterestRoutes.id(ctx);
    }
}
