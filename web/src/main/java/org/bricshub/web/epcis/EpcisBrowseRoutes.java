package org.bricshub.web.epcis;

import static org.bricshub.web.api.Schemas.arrayOf;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bricshub.capture.BrowseField;
import org.bricshub.capture.EventBrowser;
import org.bricshub.capture.EventRepository;
import org.bricshub.capture.ValuePage;
import org.bricshub.epcis.DocumentNamespaces;
import org.bricshub.epcis.query.EventQuery;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;

/**
 * The browse resources of the EPCIS 2.0 REST binding: {@code /epcis/eventTypes}, {@code /epcs}, {@code /bizSteps},
 * {@code /bizLocations}, {@code /readPoints} and {@code /dispositions} list the values of the events the caller may
 * see, the two location resources also the caller organisation's master data elements of their vocabulary ("all ...
 * known to this repository", {@link EventBrowser#values}), as a {@code Collection} paged with {@code perPage},
 * {@code nextPageToken} and {@code Link}; {@code /{value}} lists its sub-resources ({@code events});
 * {@code /{value}/events} answers like {@code /epcis/events} restricted to that value. Values are percent-encoded in the path (a Digital Link has slashes).
 */
public final class EpcisBrowseRoutes implements Routes {
    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 1_000;
    private static final String EVENTS = "/events";
    private static final Map<String, Object> COLLECTION = object(properties(
            Map.entry("@context", string("The EPCIS 2.0 JSON-LD context")), Map.entry("type", string("Collection")),
            Map.entry("member", arrayOf(string("A value")))), List.of("@context", "type", "member"));
    private final EventBrowser browser;
    private final EventRepository repository;
    private final Callers callers;

    public EpcisBrowseRoutes(EventBrowser browser, EventRepository repository, Callers callers) {
        this.browser = browser;
        this.repository = repository;
        this.callers = callers;
    }

    @Override
    public void register(ApiRouter router) {
        for (BrowseField field : BrowseField.values()) {
            String path = "/epcis/" + field.resource();
            router.api(ApiOperation.get(path, "epcis", summary(field) + ", paged (perPage, nextPageToken, Link)",
                    true, COLLECTION), ctx -> values(ctx, field));
            router.plain(HandlerType.GET, path + "/<value>", ctx -> value(ctx, field));
        }
    }

    /** The binding's "all the business locations / read points known to this repository", as the caller sees them. */
    private static String summary(BrowseField field) {
        return switch (field) {
            case BIZ_LOCATION -> "The business locations known to this repository that you may see: those of the "
                    + "events you may see and of your organisation's master data (BusinessLocation vocabulary)";
            case READ_POINT -> "The read points known to this repository that you may see: those of the events you may "
                    + "see and of your organisation's master data (ReadPoint vocabulary)";
            default -> "The " + field.resource() + " of the events you may see";
        };
    }

    private void values(Context ctx, BrowseField field) {
        Principal caller = callers.require(ctx);
        int perPage = perPage(ctx.queryParam("perPage"));
        ValuePage page = browser.values(caller, field, perPage, ctx.queryParam("nextPageToken"));
        if (page.nextPageToken() != null) {
            ctx.header("Link", "<" + EventPages.nextPage(ctx, page.nextPageToken()) + ">; rel=\"next\"");
        }
        EpcisCaptureRoutes.versions(ctx);
        ctx.json(collection(page.values()));
    }

    /** {@code /{value}} or {@code /{value}/events}: one greedy path parameter, since values may hold slashes. */
    private void value(Context ctx, BrowseField field) {
        Principal caller = callers.require(ctx);
        String raw = ctx.pathParam("value");
        boolean events = raw.endsWith(EVENTS);
        String value = EventPages.decode(events ? raw.substring(0, raw.length() - EVENTS.length()) : raw);
        if (!browser.isKnown(caller, field, value)) {
            throw new NotFoundException(field.resource() + " value " + value + " is not known to you: no event you may "
                    + "see has it" + (field == BrowseField.BIZ_LOCATION || field == BrowseField.READ_POINT
                    ? " and your organisation's master data does not name it" : ""));
        }
        EpcisCaptureRoutes.versions(ctx);
        if (!events) {
            ctx.json(collection(List.of("events")));
            return;
        }
        EventQuery query = EventPages.query(ctx).and(List.of(EventBrowser.condition(field, value)));
        EventPages.send(ctx, "SimpleEventQuery", repository.query(caller, query));
    }

    static int perPage(String given) {
        if (given == null) {
            return DEFAULT_PAGE;
        }
        try {
            int n = Integer.parseInt(given);
            if (n >= 1 && n <= MAX_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("perPage", "must be an integer from 1 to " + MAX_PAGE + ", was '" + given + "'");
    }

    private static Map<String, Object> collection(List<String> members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@context", DocumentNamespaces.STANDARD_CONTEXT);
        body.put("type", "Collection");
        body.put("member", members);
        return body;
    }
}
