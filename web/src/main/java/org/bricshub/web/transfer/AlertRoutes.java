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
import org.bricshub.transfer.ListingType;
import org.bricshub.transfer.SavedSearch;
import org.bricshub.transfer.TechnologyTransfer;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;

/** Saved searches and alerts over HTTP; registered by {@link TransferRoutes}. */
final class AlertRoutes {
    private static final Map<String, Object> NEW = object(properties(
            Map.entry("name", string("1 to 200 characters")), Map.entry("q", string("Search text, 1 to 500 characters")),
            Map.entry("lang", string("Language of the text")),
            Map.entry("types", arrayOf(string("offer, demand or rnd; empty for all")))), List.of("name", "q", "lang"));
    private static final Map<String, Object> SAVED = object(properties(
            Map.entry("id", integer("Saved search id")), Map.entry("name", string("Name")),
            Map.entry("q", string("Search text")), Map.entry("lang", string("Language")),
            Map.entry("types", arrayOf(string("Listing types"))), Map.entry("createdAt", dateTime("Saved"))),
            List.of("id", "name", "q", "lang"));
    private static final Map<String, Object> ALERT = object(properties(
            Map.entry("id", integer("Alert id")),
            Map.entry("kind", string("search: answers a saved search; match: answers one of your listings")),
            Map.entry("listingId", integer("The newly published listing")),
            Map.entry("aboutId", integer("The saved search or your listing it answers")),
            Map.entry("createdAt", dateTime("Raised"))), List.of("id", "kind", "listingId", "aboutId"));
    private final TechnologyTransfer transfer;
    private final Callers callers;
    private final JsonBodies bodies;

    AlertRoutes(TechnologyTransfer transfer, Callers callers, JsonBodies bodies) {
        this.transfer = transfer;
        this.callers = callers;
        this.bodies = bodies;
    }

    record NewSavedSearch(String name, String q, String lang, List<String> types) {
    }

    record SavedJson(long id, String name, String q, String lang, List<String> types, java.time.Instant createdAt) {
        static SavedJson of(SavedSearch s) {
            return new SavedJson(s.id(), s.name(), s.text(), s.language().tag(),
                    s.types().stream().map(ListingType::wireName).toList(), s.createdAt());
        }
    }

    void register(ApiRouter router) {
        router.api(new ApiOperation(HandlerType.POST, "/api/transfer/saved-searches", "transfer",
                "Save a search; newly published listings it finds raise alerts", true, NEW, 201, SAVED), this::save);
        router.api(ApiOperation.get("/api/transfer/saved-searches", "transfer",
                "The caller's organisation's saved searches", true, arrayOf(SAVED)),
                ctx -> ctx.json(transfer.savedSearches(callers.require(ctx)).stream().map(SavedJson::of).toList()));
        router.api(new ApiOperation(HandlerType.DELETE, "/api/transfer/saved-searches/{id}", "transfer",
                "Delete a saved search", true, null, 204, null), ctx -> {
                    transfer.deleteSavedSearch(callers.require(ctx), InterestRoutes.id(ctx));
                    ctx.status(204);
                });
        router.api(ApiOperation.get("/api/transfer/alerts", "transfer",
                "New listings answering the organisation's saved searches or listings, newest first (limit 1-100)",
                true, arrayOf(ALERT)), ctx -> ctx.json(transfer.alerts(callers.require(ctx),
                SearchParams.integer(ctx, "limit", 50))));
    }

    private void save(Context ctx) {
        NewSavedSearch body = bodies.read(ctx, NewSavedSearch.class);
        List<ListingType> types = body.types() == null ? List.of()
                : body.types().stream().map(t -> ListingType.parse("types", t)).toList();
        SavedSearch saved = transfer.saveSearch(callers.require(ctx), body.name(), body.q(),
                ListingBody.language("lang", body.lang()), types);
        ctx.status(201).json(SavedJson.of(saved));
    }
}
