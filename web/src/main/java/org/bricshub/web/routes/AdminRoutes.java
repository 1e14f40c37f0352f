package org.bricshub.web.routes;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.bricshub.platform.access.Administration;
import org.bricshub.platform.access.IssuedKey;
import org.bricshub.platform.access.PrefixAllocation;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;

/** The admin API: organisations, their API keys and platform-range prefixes. Authorisation and audit live in {@link Administration}. */
public final class AdminRoutes implements Routes {
    private final Administration admin;
    private final PrefixAllocation prefixes;
    private final Callers callers;
    private final JsonBodies bodies;

    public AdminRoutes(Administration admin, PrefixAllocation prefixes, Callers callers, JsonBodies bodies) {
        this.admin = admin;
        this.prefixes = prefixes;
        this.callers = callers;
        this.bodies = bodies;
    }

    record CreateOrganisation(String name, String country, List<String> prefixes, String kind) {
    }

    record CreateKey(String role, String expiresAt) {
    }

    record AllocatePrefix(Long capacity) {
        AllocatePrefix {
            if (capacity == null) {
                throw new InvalidInputException("capacity", "is required: how many products the prefix must number");
            }
        }
    }

    @Override
    public void register(ApiRouter router) {
        router.api(new ApiOperation(HandlerType.POST, "/api/admin/orgs", "admin", "Create an organisation", true,
                AdminSchemas.NEW_ORGANISATION, 201, AdminSchemas.ORGANISATION), this::createOrganisation);
        router.api(new ApiOperation(HandlerType.GET, "/api/admin/orgs", "admin",
                "List organisations (all for the operator, one's own otherwise)", true, null, 200,
                AdminSchemas.ORGANISATIONS), ctx -> ctx.json(admin.listOrganisations(caller(ctx)).stream()
                .map(OrganisationJson::of).toList()));
        router.api(new ApiOperation(HandlerType.GET, "/api/admin/orgs/{id}", "admin", "One organisation", true,
                null, 200, AdminSchemas.ORGANISATION),
                ctx -> ctx.json(OrganisationJson.of(admin.organisation(caller(ctx), id(ctx, "id")))));
        router.api(new ApiOperation(HandlerType.POST, "/api/admin/orgs/{id}/keys", "admin",
                "Issue an API key; the key is in this answer only", true, AdminSchemas.NEW_KEY, 201,
                AdminSchemas.ISSUED_KEY), this::issueKey);
        router.api(new ApiOperation(HandlerType.GET, "/api/admin/orgs/{id}/keys", "admin",
                "List an organisation's keys, without secrets", true, null, 200, AdminSchemas.KEYS),
                ctx -> ctx.json(admin.listKeys(caller(ctx), id(ctx, "id")).stream().map(KeyJson::of).toList()));
        router.api(new ApiOperation(HandlerType.POST, "/api/admin/orgs/{id}/prefixes", "admin",
                "Give an organisation without GS1 membership the next free sub-prefix of the platform range", true,
                AdminSchemas.NEW_PREFIX, 201, AdminSchemas.ALLOCATED_PREFIX), ctx -> {
                    long capacity = bodies.read(ctx, AllocatePrefix.class).capacity();
                    ctx.status(201).json(prefixes.allocate(caller(ctx), id(ctx, "id"), capacity));
                });
        router.api(new ApiOperation(HandlerType.DELETE, "/api/admin/keys/{id}", "admin", "Revoke an API key", true,
                null, 204, null), ctx -> {
                    admin.revokeKey(caller(ctx), id(ctx, "id"));
                    ctx.status(204);
                });
    }

    private void createOrganisation(Context ctx) {
        CreateOrganisation body = bodies.read(ctx, CreateOrganisation.class);
        OrganisationKind kind = OrganisationKind.parse("kind", body.kind());
        var created = admin.createOrganisation(caller(ctx),
                new NewOrganisation(body.name(), body.country(), kind, body.prefixes()));
        ctx.status(201).header("Location", "/api/admin/orgs/" + created.id()).json(OrganisationJson.of(created));
    }

    private void issueKey(Context ctx) {
        long orgId = id(ctx, "id");
        CreateKey body = bodies.read(ctx, CreateKey.class);
        Role role = Role.parse("role", body.role());
        Instant expiresAt = null;
        if (body.expiresAt() != null) {
            try {
                expiresAt = Instant.parse(body.expiresAt());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("expiresAt", "must be an RFC 3339 time in UTC, e.g. 2027-01-01T00:00:00Z");
            }
        }
        IssuedKey issued = admin.issueKey(caller(ctx), orgId, role, expiresAt);
        ctx.header("Cache-Control", "no-store");
        ctx.status(201).json(KeyJson.issued(issued));
    }

    private Principal caller(Context ctx) {
        return callers.require(ctx);
    }

    private static long id(Context ctx, String param) {
        String raw = ctx.pathParam(param);
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(param, "must be a number, got '" + raw + "'");
        }
    }
}
