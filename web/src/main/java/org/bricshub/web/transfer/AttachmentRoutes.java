package org.bricshub.web.transfer;

import static org.bricshub.web.api.Schemas.arrayOf;
import static org.bricshub.web.api.Schemas.dateTime;
import static org.bricshub.web.api.Schemas.enumeration;
import static org.bricshub.web.api.Schemas.integer;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.transfer.Attachment;
import org.bricshub.transfer.AttachmentFile;
import org.bricshub.transfer.AttachmentKind;
import org.bricshub.transfer.TechnologyTransfer;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.http.Callers;

/**
 * Attachments of listings over HTTP: upload (a raw body with its Content-Type, or multipart/form-data with a part
 * named {@code file}), list, fetch, thumbnail, delete. Files are addressed by their SHA-256, so a published listing's
 * files are cached for good; unpublished ones are never cached.
 */
final class AttachmentRoutes {
    private static final String FILES = "/api/transfer/listings/{id}/files";
    private static final Map<String, Object> ATTACHMENT = object(properties(
            Map.entry("sha256", string("SHA-256 of the content, lower-case hex; names the file")),
            Map.entry("kind", enumeration("Document (PDF) or image", List.of("document", "image"))),
            Map.entry("mediaType", string("application/pdf, image/png or image/jpeg")),
            Map.entry("name", string("File name")), Map.entry("size", integer("Bytes")),
            Map.entry("href", string("Where to fetch it")),
            Map.entry("thumbnail", string("Where to fetch a PNG of at most 320 pixels (images only)")),
            Map.entry("createdAt", dateTime("Attached"))), List.of("sha256", "kind", "mediaType", "size", "href"));
    private final TechnologyTransfer transfer;
    private final Callers callers;

    AttachmentRoutes(TechnologyTransfer transfer, Callers callers) {
        this.transfer = transfer;
        this.callers = callers;
    }

    /** The wire form of an attachment. */
    record AttachmentJson(String sha256, String kind, String mediaType, String name, long size, String href,
                          String thumbnail, Instant createdAt) {
        static AttachmentJson of(long listingId, Attachment a) {
            String href = "/api/transfer/listings/" + listingId + "/files/" + a.sha256();
            return new AttachmentJson(a.sha256(), a.kind().wireName(), a.mediaType(), a.name(), a.size(), href,
                    a.kind() == AttachmentKind.IMAGE ? href + "/thumbnail" : null, a.createdAt());
        }
    }

    void register(ApiRouter router) {
        router.api(new ApiOperation(HandlerType.POST, FILES, "transfer", "Attach a PDF or an image (owner): the raw "
                + "body with Content-Type application/pdf, image/png or image/jpeg and ?name=, or multipart/form-data "
                + "with a part named file; a published listing returns to review", true, null, 201, ATTACHMENT),
                this::upload);
        router.api(ApiOperation.get(FILES, "transfer", "A listing's attachments", false, arrayOf(ATTACHMENT)),
                ctx -> ctx.json(transfer.attachments(optionalCaller(ctx), InterestRoutes.id(ctx)).stream()
                        .map(a -> AttachmentJson.of(InterestRoutes.id(ctx), a)).toList()));
        router.api(ApiOperation.get(FILES + "/{sha256}", "transfer", "An attachment's bytes (immutable: addressed "
                + "by hash); PDFs as a download", false, null), ctx -> serve(ctx, false));
        router.api(ApiOperation.get(FILES + "/{sha256}/thumbnail", "transfer", "An image attachment's PNG thumbnail",
                false, null), ctx -> serve(ctx, true));
        router.api(new ApiOperation(HandlerType.DELETE, FILES + "/{sha256}", "transfer",
                "Remove an attachment (owner); a published listing returns to review", true, null, 204, null),
                ctx -> {
                    transfer.detach(callers.require(ctx), InterestRoutes.id(ctx), ctx.pathParam("sha256"));
                    ctx.status(204);
                });
    }

    private void upload(Context ctx) throws IOException {
        Principal caller = callers.require(ctx);
        long id = InterestRoutes.id(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        Attachment a;
        if (type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null) {
                throw new InvalidInputException("file", "is required: a multipart part named file");
            }
            try (InputStream in = file.content()) {
                a = transfer.attach(caller, id, file.filename(), file.contentType(), in.readAllBytes());
            }
        } else {
            a = transfer.attach(caller, id, ctx.queryParam("name"), type, ctx.bodyAsBytes());
        }
        AttachmentJson json = AttachmentJson.of(id, a);
        ctx.status(201).header("Location", json.href()).json(json);
    }

    private void serve(Context ctx, boolean thumbnail) {
        AttachmentFile f = transfer.attachmentFile(optionalCaller(ctx), InterestRoutes.id(ctx),
                ctx.pathParam("sha256"), thumbnail);
        String etag = "\"" + f.attachment().sha256() + (thumbnail ? "-t" : "") + "\"";
        ctx.header("Cache-Control", f.publicFile() ? "public, max-age=31536000, immutable" : "private, no-store");
        ctx.header("ETag", etag);
        if (f.attachment().kind() == AttachmentKind.DOCUMENT && !thumbnail) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + asciiName(f.attachment().name())
                    + "\"; filename*=UTF-8''" + URLEncoder.encode(f.attachment().name(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(f.mediaType()).result(f.content());
    }

    /** The name for clients that ignore {@code filename*}: ASCII only, quotes were refused at upload. */
    private static String asciiName(String name) {
        return name.replaceAll("[^\\x20-\\x7e]", "_");
    }

    private Optional<Principal> optionalCaller(Context ctx) {
        return ctx.header("Authorization") == null ? Optional.empty() : Optional.of(callers.require(ctx));
    }
}
