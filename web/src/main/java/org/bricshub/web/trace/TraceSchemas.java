package org.bricshub.web.trace;

import static java.util.Map.entry;
import static org.bricshub.web.api.Schemas.arrayOf;
import static org.bricshub.web.api.Schemas.integer;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import java.util.List;
import java.util.Map;
import org.bricshub.web.api.Schemas;

/** JSON Schemas of the Product Code API for the OpenAPI document. */
final class TraceSchemas {
    private static final Map<String, Object> TEXTS = Map.of("type", "object",
            "description", "text per language tag (zh, en, pt, ru, hi, ar, fa, am, id, es, fr, ms, th, vi, kk, uz, sw)",
            "additionalProperties", Map.of("type", "string"));
    private static final Map<String, Object> NUMBER = Map.of("type", "number");
    private static final Map<String, Object> NET_CONTENT = object(properties(
            entry("value", NUMBER), entry("unit", string("UN/ECE Rec. 20 code: GRM, KGM, MLT, LTR, H87, ..."))),
            List.of("value", "unit"));

    static final Map<String, Object> NEW_LOCATION = object(properties(
            entry("gln", string("GLN, 13 digits with check digit, under one of the organisation's prefixes")),
            entry("name", TEXTS),
            entry("country", string("ISO 3166-1 alpha-2")),
            entry("lat", NUMBER), entry("lon", NUMBER),
            entry("address", Map.of("description", "PostalAddress members (streetAddress, addressLocality,"
                    + " addressRegion, postalCode) or one line of text"))), List.of("gln", "name", "country"));

    static final Map<String, Object> LOCATION = object(properties(
            entry("gln", string("GLN")), entry("orgId", integer("owning organisation")), entry("name", TEXTS),
            entry("country", string("ISO 3166-1 alpha-2")), entry("address", Map.of("type", "object")),
            entry("lat", NUMBER), entry("lon", NUMBER), entry("createdAt", Schemas.dateTime("registered"))), List.of());

    static final Map<String, Object> NEW_PRODUCT = object(properties(
            entry("gtin", string("GTIN-8/12/13/14 with check digit, under one of the organisation's prefixes")),
            entry("name", TEXTS),
            entry("description", Map.of("description", "{lang: text} or a text in defaultLanguage")),
            entry("brand", string("brand name")), entry("gpc", string("GPC brick code, 8 digits")),
            entry("images", arrayOf(string("http(s) URL"))),
            entry("countryOfOrigin", string("ISO 3166-1 alpha-2")), entry("netContent", NET_CONTENT),
            entry("defaultLanguage", string("language tag in which name is given; default: the first of name"))),
            List.of("gtin", "name"));

    static final Map<String, Object> PRODUCT = object(properties(
            entry("gtin", string("GTIN-14")), entry("orgId", integer("owning organisation")),
            entry("name", TEXTS), entry("description", TEXTS), entry("brand", string("brand")),
            entry("gpc", string("GPC brick")), entry("images", arrayOf(string("URL"))),
            entry("countryOfOrigin", string("ISO 3166-1 alpha-2")), entry("netContent", NET_CONTENT),
            entry("defaultLanguage", string("language tag")), entry("createdAt", Schemas.dateTime("registered"))),
            List.of());

    static final Map<String, Object> NEW_BATCH = object(properties(
            entry("lot", string("AI (10): 1 to 20 characters of AI-82, new for this product")),
            entry("count", integer("codes to issue, 1 to the configured limit (trace.batch.max.codes)")),
            entry("expiry", string("AI (17), YYMMDD")), entry("productionDate", string("AI (11), YYMMDD")),
            entry("serialFormat", Schemas.enumeration("FF1 serial alphabet", List.of("digits", "alphanumeric"))),
            entry("serials", arrayOf(string("AI (21): a serial of the company's own list to import instead")))),
            List.of("lot"));

    static final Map<String, Object> BATCH = object(properties(
            entry("gtin", string("GTIN-14")), entry("lot", string("lot")), entry("count", integer("codes")),
            entry("uriTemplate", string("Digital Link of the codes with {serial} for the serial")),
            entry("expiry", string("YYMMDD")), entry("productionDate", string("YYMMDD")),
            entry("serials", string("digits, alphanumeric or imported")),
            entry("createdAt", Schemas.dateTime("issued"))), List.of("lot", "count", "uriTemplate"));

    static final Map<String, Object> CHECK = object(properties(
            entry("genuine", Map.of("type", "boolean")), entry("gtin", string("GTIN-14")),
            entry("lot", string("lot, null if absent")), entry("serial", string("serial, null if absent")),
            entry("state", string("commissioned, shipped, sold, recalled or decommissioned; null unless genuine"))),
            List.of("genuine", "gtin", "lot", "serial", "state"));

    static final Map<String, Object> CHANGE_STATE = object(properties(
            entry("uri", string("Digital Link of a genuine code")),
            entry("state", Schemas.enumeration("new state",
                    List.of("commissioned", "shipped", "sold", "recalled", "decommissioned")))), List.of("uri", "state"));

    static final Map<String, Object> CODES = string("text/csv (uri,gtin,lot,serial,expiry), application/pdf label"
            + " sheet, image/png or image/svg+xml for one code, application/zip of images for several");

    private TraceSchemas() {
    }
}
