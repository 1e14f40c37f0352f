package org.bricshub.web.transfer;

import static org.bricshub.web.api.Schemas.arrayOf;
import static org.bricshub.web.api.Schemas.dateTime;
import static org.bricshub.web.api.Schemas.enumeration;
import static org.bricshub.web.api.Schemas.integer;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bricshub.i18n.Language;
import org.bricshub.transfer.DealType;
import org.bricshub.transfer.ListingStatus;
import org.bricshub.transfer.ListingType;
import org.bricshub.transfer.TechnologyField;

/** JSON Schemas of the Technology Transfer API, for the OpenAPI document. */
final class TransferSchemas {
    private static final Map<String, Object> TYPE = enumeration("Offer, demand or R&D cooperation request",
            Arrays.stream(ListingType.values()).map(ListingType::wireName).toList());
    private static final Map<String, Object> LANGUAGE = enumeration("Language tag",
            Arrays.stream(Language.values()).map(Language::tag).toList());
    private static final Map<String, Object> FIELD = enumeration("Field of technology",
            Arrays.stream(TechnologyField.values()).map(TechnologyField::wireName).toList());
    private static final Map<String, Object> DEALS = arrayOf(enumeration("Deal type",
            Arrays.stream(DealType.values()).map(DealType::wireName).toList()));
    private static final Map<String, Object> STRINGS = arrayOf(Map.of("type", "string"));
    private static final Map<String, Object> TRL = Map.of("type", "integer", "minimum", 1, "maximum", 9,
            "description", "Technology readiness level");
    private static final Map<String, Object> NUMBER = Map.of("type", "number", "description", "Relevance score");

    static final Map<String, Object> VERSION = object(properties(
            Map.entry("title", string("1 to 200 characters")),
            Map.entry("summary", string("1 to 2,000 characters")),
            Map.entry("problem", string("The problem or need, up to 4,000 characters")),
            Map.entry("innovation", string("What is new, up to 4,000 characters")),
            Map.entry("advantages", string("Advantages over what exists, up to 4,000 characters")),
            Map.entry("applications", string("Application fields, up to 2,000 characters")),
            Map.entry("keywords", STRINGS)), List.of("title", "summary"));

    static final Map<String, Object> NEW_LISTING = object(properties(
            Map.entry("type", TYPE), Map.entry("language", LANGUAGE),
            Map.entry("title", string("1 to 200 characters; markup is kept as text and always shown escaped")),
            Map.entry("summary", string("1 to 2,000 characters")),
            Map.entry("problem", string("Up to 4,000 characters")),
            Map.entry("innovation", string("Up to 4,000 characters")),
            Map.entry("advantages", string("Up to 4,000 characters")),
            Map.entry("applications", string("Up to 2,000 characters")),
            Map.entry("keywords", STRINGS), Map.entry("trl", TRL), Map.entry("field", FIELD),
            Map.entry("ipc", arrayOf(string("IPC/CPC class, e.g. H01L or H01L 31/04"))),
            Map.entry("dealTypes", DEALS),
            Map.entry("patents", arrayOf(string("Patent or application number, e.g. CN112345678A"))),
            Map.entry("ipNotes", string("Know-how and other IP remarks")),
            Map.entry("price", string("Price expectation")),
            Map.entry("country", string("ISO 3166-1 alpha-2")),
            Map.entry("institution", string("Institution or company")),
            Map.entry("draft", Map.of("type", "boolean", "description", "Keep as draft instead of sending to review"))),
            List.of("type", "language", "title", "summary", "trl", "field", "dealTypes", "country", "institution"));

    static final Map<String, Object> LISTING = object(properties(
            Map.entry("id", integer("Listing id")), Map.entry("orgId", integer("Owner organisation")),
            Map.entry("type", TYPE),
            Map.entry("status", enumeration("Life-cycle state",
                    Arrays.stream(ListingStatus.values()).map(ListingStatus::wireName).toList())),
            Map.entry("language", LANGUAGE), Map.entry("title", string("Original title")),
            Map.entry("summary", string("Original summary")), Map.entry("trl", TRL), Map.entry("field", FIELD),
            Map.entry("ipc", STRINGS), Map.entry("dealTypes", DEALS), Map.entry("patents", STRINGS),
            Map.entry("country", string("ISO 3166-1 alpha-2")), Map.entry("institution", string("Institution")),
            Map.entry("versions", Map.of("type", "object", "additionalProperties", VERSION,
                    "description", "Text by language tag, the original included")),
            Map.entry("machineTranslated", Map.of("type", "object", "additionalProperties", Map.of("type", "string"),
                    "description", "Versions a machine translated: language tag -> engine (e.g. memory, "
                            + "libretranslate); the others were written by the owner")),
            Map.entry("moderationNote", string("Why a moderator sent it back, if so")),
            Map.entry("createdAt", dateTime("Created")), Map.entry("publishedAt", dateTime("Published")),
            Map.entry("expiresAt", dateTime("Publication ends"))), List.of("id", "status", "type", "language", "title"));

    static final Map<String, Object> LISTINGS = arrayOf(LISTING);

    static final Map<String, Object> REJECTION = object(properties(
            Map.entry("reason", string("Why, 1 to 1,000 characters"))), List.of("reason"));

    static final Map<String, Object> SEARCH = object(properties(
            Map.entry("total", integer("Matching listings")), Map.entry("page", integer("Page, from 1")),
            Map.entry("size", integer("Hits per page")),
            Map.entry("hits", arrayOf(object(properties(
                    Map.entry("id", integer("Listing id")), Map.entry("type", TYPE),
                    Map.entry("title", string("Title in the query language if available, else the original")),
                    Map.entry("language", LANGUAGE), Map.entry("titleLanguage", LANGUAGE),
                    Map.entry("score", NUMBER),
                    Map.entry("highlight", string("HTML: matched terms in <b>, the rest escaped")),
                    Map.entry("country", string("ISO 3166-1 alpha-2")), Map.entry("trl", TRL),
                    Map.entry("field", FIELD), Map.entry("publishedAt", dateTime("Published"))),
                    List.of("id", "title", "language", "score")))),
            Map.entry("facets", Map.of("type", "object", "description",
                    "Per dimension (type, field, ipc, trl, country, deal, language): value -> count")),
            Map.entry("concepts", arrayOf(string("Terminology concept the query was expanded through")))),
            List.of("total", "hits", "facets"));

    static final Map<String, Object> MATCHES = arrayOf(object(properties(
            Map.entry("id", integer("Listing id")), Map.entry("type", TYPE), Map.entry("title", string("Title")),
            Map.entry("language", LANGUAGE), Map.entry("score", NUMBER),
            Map.entry("explanation", object(properties(
                    Map.entry("concepts", arrayOf(object(properties(
                            Map.entry("concept", string("Concept id")),
                            Map.entry("ours", string("Term in the asking listing's language")),
                            Map.entry("theirs", string("Term in the match's language"))), List.of()))),
                    Map.entry("classes", STRINGS),
                    Map.entry("sameField", Map.of("type", "boolean")),
                    Map.entry("keywords", STRINGS)), List.of()))),
            List.of("id", "score", "explanation")));

    private TransferSchemas() {
    }
}
