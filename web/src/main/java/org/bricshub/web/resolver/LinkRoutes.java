package org.bricshub.web.resolver;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.gs1.Gs1Exception;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.resolver.Link;
import org.bricshub.resolver.NewLink;
import org.bricshub.resolver.Resolver;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;

/** The link API of the resolver: brand owners register, list and delete the links of their Digital Links. */
public final class LinkRoutes implements Routes {
    private static final String TAG = "resolver";
    private final Resolver resolver;
    private final Callers callers;
    private final JsonBodies bodies;

    public LinkRoutes(Resolver resolver, Callers callers, JsonBodies bodies) {
        this.resolver = resolver;
        this.callers = callers;
        this.bodies = bodies;
    }

    /** The body of {@code POST /api/links}; {@code hreflang} and {@code context} take one string or a list. */
    record LinkRequest(String anchor, String linkType, String href,
                       @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> hreflang,
                       @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> context,
                       String type, String title, @JsonProperty("default") Boolean isDefault) {
        NewLink toNewLink() {
            return NewLink.of(anchor, linkType, href, title, hreflang, context, type, isDefault);
        }
    }

    @Override
    public void register(ApiRouter router) {
        router.api(new ApiOperation(HandlerType.POST, "/api/links", TAG,
                "Register a link of a Digital Link anchor (primary key, lot, serial, ...) by the key's owner", true,
                LinkSchemas.NEW_LINK, 201, LinkSchemas.LINK), this::create);
        router.api(ApiOperation.get("/api/links", TAG,
                "The links at ?anchor= (a Digital Link URI) and at every level below it, for the key's owner", true,
                LinkSchemas.LINKS), this::list);
        router.api(new ApiOperation(HandlerType.DELETE, "/api/links/{id}", TAG, "Delete a link, by the key's owner",
                true, null, 204, null), this::delete);
    }

    private void create(Context ctx) {
        LinkRequest body = bodies.read(ctx, LinkRequest.class);
        Link created = resolver.register(callers.require(ctx), body.toNewLink());
        ctx.status(201).json(json(resolver.root(), created));
    }

    private void list(Context ctx) {
        var caller = callers.require(ctx);
        String anchor = ctx.queryParam("anchor");
        if (anchor == null || anchor.isBlank()) {
            throw new InvalidInputException("anchor", "is required: a GS1 Digital Link URI");
        }
        DigitalLink link;
        try {
            link = DigitalLink.parse(anchor.strip()).withoutQuery();
        } catch (Gs1Exception e) {
            throw new InvalidInputException("anchor", "must be a GS1 Digital Link URI: " + e.getMessage());
        }
        ctx.json(Map.of("links", resolver.links(caller, link).stream().map(l -> json(resolver.root(), l)).toList()));
    }

    private void delete(Context ctx) {
        var caller = callers.require(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("id", "must be a link id (a whole number)");
        }
        resolver.delete(caller, id);
        ctx.status(204);
    }

    static Map<String, Object> json(String root, Link l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", l.id());
        out.put("anchor", root + l.anchor());
        out.put("linkType", l.linkType().curie());
        out.put("href", l.href());
        out.put("title", l.title());
        out.put("hreflang", l.hreflang());
        out.put("context", l.context());
        l.type().ifPresent(t -> out.put("type", t));
        out.put("default", l.isDefault());
        out.put("createdAt", l.createdAt().toString());
        return out;
    }
}
