package org.bricshub.web.trace;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.i18n.Language;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.ProblemException;
import org.bricshub.trace.Batch;
import org.bricshub.trace.CodeStream;
import org.bricshub.trace.Gs1Input;
import org.bricshub.trace.LabelLayout;
import org.bricshub.trace.LabelSheets;
import org.bricshub.trace.LocalisedText;
import org.bricshub.trace.NetContent;
import org.bricshub.trace.NewBatch;
import org.bricshub.trace.NewLocation;
import org.bricshub.trace.NewProduct;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.QrStyle;
import org.bricshub.trace.SerialFormat;
import org.bricshub.web.pages.PageContext;
import org.bricshub.web.pages.Pages;

/**
 * The console's forms: register a product or a location, issue a batch and download its codes. With no browser sessions yet, each
 * form carries an API key (owner or admin role), used for that request only; a form cannot be forged from another
 * site because the attacker does not know the key.
 */
final class ConsoleForms {
    private final Pages pages;
    private final ProductCodes codes;
    private final Authenticator authenticator;

    ConsoleForms(Pages pages, ProductCodes codes, Authenticator authenticator) {
        this.pages = pages;
        this.codes = codes;
        this.authenticator = authenticator;
    }

    void show(Context ctx) {
        render(ctx, null, null, Optional.ofNullable(ctx.queryParam("gtin")).orElse(""));
    }

    void createProduct(Context ctx) {
        PageContext page = pages.context(ctx);
        String gtin = field(ctx, "gtin");
        try {
            Principal caller = caller(ctx);
            Language lang = Language.fromTag(field(ctx, "language")).orElse(page.language());
            String description = field(ctx, "description").strip();
            var product = codes.createProduct(caller, new NewProduct(Gs1Input.gtin("gtin", gtin),
                    LocalisedText.parse("name", Map.of(lang.tag(), field(ctx, "name")), 200),
                    description.isEmpty() ? new LocalisedText(Map.of())
                            : LocalisedText.parse("description", Map.of(lang.tag(), description), 2000),
                    optional(ctx, "brand"), optional(ctx, "gpc"), List.of(),
                    optional(ctx, "countryOfOrigin").map(c -> c.toUpperCase(java.util.Locale.ROOT)),
                    netContent(ctx), lang));
            render(ctx, page.t("console.product.created", product.gtin()), null, product.gtin());
        } catch (ProblemException e) {
            render(ctx.status(e.status()), null, e.detail(), gtin);
        }
    }

    void createLocation(Context ctx) {
        PageContext page = pages.context(ctx);
        try {
            Principal caller = caller(ctx);
            Language lang = Language.fromTag(field(ctx, "language")).orElse(page.language());
            Map<String, String> address = new HashMap<>();
            optional(ctx, "streetAddress").ifPresent(v -> address.put("streetAddress", v));
            optional(ctx, "addressLocality").ifPresent(v -> address.put("addressLocality", v));
            var location = codes.createLocation(caller, new NewLocation(Gs1Input.gln("gln", field(ctx, "gln")),
                    LocalisedText.parse("name", Map.of(lang.tag(), field(ctx, "name")), 200),
                    field(ctx, "country").strip().toUpperCase(java.util.Locale.ROOT), address,
                    decimal(ctx, "lat").map(BigDecimal::doubleValue), decimal(ctx, "lon").map(BigDecimal::doubleValue)));
            render(ctx, page.t("console.location.created", location.gln()), null, "");
        } catch (ProblemException e) {
            render(ctx.status(e.status()), null, e.detail(), "");
        }
    }

    void issueBatch(Context ctx) throws IOException {
        String gtin = field(ctx, "gtin");
        CodeStream stream;
        String format = "pdf".equals(field(ctx, "format")) ? "pdf" : "csv";
        try {
            Principal caller = caller(ctx);
            long count;
            try {
                count = Long.parseLong(field(ctx, "count").strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("count", "must be a whole number");
            }
            String expiry = field(ctx, "expiry").strip();
            if (format.equals("pdf")) {
                LabelSheets.requirePrintable(count);
            }
            Batch batch = codes.issueBatch(caller, gtin, new NewBatch(field(ctx, "lot"), count,
                    expiry.isEmpty() ? Optional.empty() : Optional.of(expiry), Optional.empty(), SerialFormat.DIGITS,
                    List.of()));
            stream = codes.codes(caller, batch.gtin(), batch.lot(), 0, Optional.empty());
        } catch (ProblemException e) {
            render(ctx.status(e.status()), null, e.detail(), gtin);
            return;
        }
        String name = stream.batch().gtin() + "_" + stream.batch().lot().replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType(format.equals("pdf") ? "application/pdf" : "text/csv; charset=utf-8")
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
        try (OutputStream out = ctx.outputStream()) {
            if (format.equals("pdf")) {
                LabelSheets.write(stream, LabelLayout.A4_3X8, QrStyle.ErrorCorrection.M, out);
            } else {
                stream.writeCsv(out);
            }
        }
    }

    private Principal caller(Context ctx) {
        return authenticator.authenticate("Bearer " + field(ctx, "key").strip());
    }

    private void render(Context ctx, String message, String error, String gtin) {
        PageContext page = pages.context(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("message", message);
        params.put("error", error);
        params.put("gtin", gtin);
        pages.render(ctx, page, "code-console.jte", params);
    }

    private static Optional<NetContent> netContent(Context ctx) {
        Optional<BigDecimal> value = decimal(ctx, "netContent");
        return value.map(v -> new NetContent(v, field(ctx, "netContentUnit")));
    }

    private static Optional<BigDecimal> decimal(Context ctx, String name) {
        try {
            return optional(ctx, name).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a number, e.g. 250 or 24.9876");
        }
    }

    private static Optional<String> optional(Context ctx, String name) {
        String value = field(ctx, name).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
