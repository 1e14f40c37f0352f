package org.bricshub.web.epcis;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.web.http.UnsupportedMediaTypeException;

/**
 * Reads capture bodies of the EPCIS 2.0 REST binding: JSON-LD ({@code application/ld+json} or
 * {@code application/json}) or XML ({@code application/xml}, {@code text/xml}), validated against the GS1 schema
 * and the semantic rules before anything is stored.
 */
final class EpcisBodies {
    private final EpcisValidator validator = new EpcisValidator();

    /** Whether the body is XML; JSON otherwise; anything else is refused (415). */
    static boolean isXml(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/xml") || type.startsWith("text/xml")) {
            return true;
        }
        if (type.startsWith("application/ld+json") || type.startsWith("application/json")) {
            return false;
        }
        throw new UnsupportedMediaTypeException("an EPCIS document is application/ld+json, application/json or "
                + "application/xml, got '" + ctx.contentType() + "'");
    }

    EpcisDocument document(Context ctx) {
        String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        return isXml(ctx) ? validator.readXmlDocument(text) : validator.readJsonDocument(text);
    }

    /** One event: a JSON-LD event, or an EPCISDocument holding exactly one event (JSON or XML). */
    List<EpcisEvent> singleEvent(Context ctx) {
        String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        if (isXml(ctx)) {
            return validator.readXmlDocument(text).events();
        }
        return List.of(validator.readJsonEvent(text));
    }
}
