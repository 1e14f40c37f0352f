package org.bricshub.web.epcis;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EpcisXmlCodec;
import org.bricshub.epcis.MasterData;
import org.bricshub.web.http.UnsupportedMediaTypeException;

/**
 * Reads capture bodies of the EPCIS 2.0 REST binding: JSON-LD ({@code application/ld+json} or
 * {@code application/json}) or XML ({@code application/xml}, {@code text/xml}, including the XSD's stand-alone
 * EPCISMasterDataDocument), validated against the GS1 schema and the semantic rules before anything is stored.
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

    /**
     * A capture body: an EPCISDocument or EPCISQueryDocument (JSON-LD or XML), or an XML EPCISMasterDataDocument, read
     * as a document with no events whose master data is the body's vocabulary list.
     */
    EpcisDocument document(Context ctx) {
        String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        if (!isXml(ctx)) {
            return validator.readJsonDocument(text);
        }
        if (EpcisXmlCodec.isMasterDataDocument(text)) {
            MasterData masterData = validator.readXmlMasterDataDocument(text);
            return EpcisDocument.of(OffsetDateTime.now(ZoneOffset.UTC), List.of()).withMasterData(masterData);
        }
        return validator.readXmlDocument(text);
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
