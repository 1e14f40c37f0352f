package org.bricshub.web.trace;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.trace.Batch;
import org.bricshub.trace.CodeState;
import org.bricshub.trace.Location;
import org.bricshub.trace.Product;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.ProductJsonLd;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;

/** The Product Code API: locations, products, batches, code output and genuine checks. Rules live in {@link ProductCodes}. */
public final class TraceRoutes implements Routes {
    private static final String TAG = "product codes";
    private final ProductCodes codes;
    private final Callers callers;
    private final JsonBodies bodies;
    private final URI publicUrl;
    private final CodeDownloads downloads;

    public TraceRoutes(ProductCodes codes, Callers callers, JsonBodies bodies, URI publicUrl) {
        this.codes = codes;
        this.callers = callers;
        this.bodies = bodies;
        this.publicUrl = publicUrl;
        this.downloads = new CodeDownloads(codes, callers);
    }

    @Override
    public void register(ApiRouter router) {
        router.api(new ApiOperation(HandlerType.POST, "/api/locations", TAG, "Register a location (GLN)", true,
                TraceSchemas.NEW_LOCATION, 201, TraceSchemas.LOCATION), this::createLocation);
        router.api(ApiOperation.get("/api/locations/{gln}", TAG, "A location", false, TraceSchemas.LOCATION),
                ctx -> ctx.json(TraceJson.location(codes.location(ctx.pathParam("gln")))));
        router.api(new ApiOperation(HandlerType.POST, "/api/products", TAG, "Register a product (GTIN)", true,
                TraceSchemas.NEW_PRODUCT, 201, TraceSchemas.PRODUCT), this::createProduct);
        router.api(ApiOperation.get("/api/products/{gtin}", TAG,
                "A product; GS1 Web Vocabulary JSON-LD with Accept: application/ld+json", false,
                TraceSchemas.PRODUCT), this::product);
        router.api(new ApiOperation(HandlerType.POST, "/api/products/{gtin}/batches", TAG,
                "Issue a batch: count FF1 serials, or import the company's own serials", true,
                TraceSchemas.NEW_BATCH, 201, TraceSchemas.BATCH), this::issueBatch);
        router.api(ApiOperation.get("/api/products/{gtin}/batches/{lot}", TAG, "A batch", false, TraceSchemas.BATCH),
                ctx -> ctx.json(TraceJson.batch(codes.batch(ctx.pathParam("gtin"), ctx.pathParam("lot")))));
        router.api(ApiOperation.get("/api/products/{gtin}/batches/{lot}/codes", TAG,
                "Stream a batch's codes: ?format=csv|pdf|png|svg&from=0&count=N; pdf: &layout=a4-3x8|a4-4x10|"
                        + "roll-50x30|roll-40x40|roll-100x50; QR: &ec=L|M|Q|H&moduleSize=1..40",
                true, TraceSchemas.CODES), downloads::handle);
        router.api(ApiOperation.get("/api/codes/check", TAG, "Is ?uri= a genuine code? Its product, batch and state",
                false, TraceSchemas.CHECK), ctx -> ctx.json(TraceJson.check(codes.check(ctx.queryParam("uri")))));
        router.api(new ApiOperation(HandlerType.POST, "/api/codes/state", TAG,
                "Record a genuine code's new state (only such codes are stored)", true, TraceSchemas.CHANGE_STATE,
                200, TraceSchemas.CHECK), this::changeState);
    }

    private void createLocation(Context ctx) {
        var body = bodies.read(ctx, TraceRequests.CreateLocation.class);
        Location created = codes.createLocation(callers.require(ctx), body.toLocation());
        ctx.status(201).header("Location", "/api/locations/" + created.gln()).json(TraceJson.location(created));
    }

    private void createProduct(Context ctx) {
        var body = bodies.read(ctx, TraceRequests.CreateProduct.class);
        Product created = codes.createProduct(callers.require(ctx), body.toProduct());
        ctx.status(201).header("Location", "/api/products/" + created.gtin()).json(TraceJson.product(created));
    }

    private void product(Context ctx) {
        Product product = codes.product(ctx.pathParam("gtin"));
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("").toLowerCase(Locale.ROOT);
        ctx.header("Vary", "Accept");
        if (accept.contains("application/ld+json")) {
            ctx.contentType("application/ld+json").result(toJson(ctx, ProductJsonLd.of(product, publicUrl)));
        } else {
            ctx.json(TraceJson.product(product));
        }
    }

    private void issueBatch(Context ctx) {
        var body = bodies.read(ctx, TraceRequests.CreateBatch.class);
        Batch batch = codes.issueBatch(callers.require(ctx), ctx.pathParam("gtin"), body.toBatch());
        ctx.status(201).header("Location", "/api/products/" + batch.gtin() + "/batches/" + batch.lot())
                .json(TraceJson.batch(batch));
    }

    private void changeState(Context ctx) {
        var body = bodies.read(ctx, TraceRequests.ChangeState.class);
        if (body.state() == null) {
            throw new InvalidInputException("state", "is required");
        }
        ctx.json(TraceJson.check(codes.changeState(callers.require(ctx), body.uri(),
                CodeState.parse("state", body.state()))));
    }

    private static String toJson(Context ctx, Object value) {
        return ctx.jsonMapper().toJsonString(value, Object.class);
    }
}
