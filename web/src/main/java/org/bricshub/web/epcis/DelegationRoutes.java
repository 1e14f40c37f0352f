package org.bricshub.web.epcis;

import static org.bricshub.web.api.Schemas.integer;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.bricshub.capture.Delegations;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;

/** {@code POST /api/delegations}: a prefix owner lets another organisation capture events under its prefix. */
public final class DelegationRoutes implements Routes {
    private static final Map<String, Object> DELEGATION = object(properties(
            Map.entry("prefix", string("A GS1 company prefix the caller's organisation owns")),
            Map.entry("to", integer("The organisation allowed to capture under it"))), List.of("prefix", "to"));
    private final Delegations delegations;
    private final Callers callers;
    private final JsonBodies bodies;

    public DelegationRoutes(Delegations delegations, Callers callers, JsonBodies bodies) {
        this.delegations = delegations;
        this.callers = callers;
        this.bodies = bodies;
    }

    record Delegation(String prefix, Long to) {
        Delegation {
            if (to == null) {
                throw new InvalidInputException("to", "is required: the organisation id");
            }
        }
    }

    @Override
    public void register(ApiRouter router) {
        router.api(new ApiOperation(HandlerType.POST, "/api/delegations", "epcis",
                "Delegate capture under a GS1 company prefix to another organisation (prefix owner's admin only)", true,
                DELEGATION, 201, DELEGATION), ctx -> {
                    Delegation d = bodies.read(ctx, Delegation.class);
                    delegations.delegate(callers.require(ctx), d.prefix(), d.to());
                    ctx.status(201).json(Map.of("prefix", d.prefix(), "to", d.to()));
                });
    }
}
