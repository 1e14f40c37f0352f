package org.bricshub.web.resolver;

import static org.bricshub.web.api.Schemas.arrayOf;
import static org.bricshub.web.api.Schemas.dateTime;
import static org.bricshub.web.api.Schemas.integer;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import java.util.List;
import java.util.Map;

/** JSON Schemas of the link API, for the OpenAPI document. */
final class LinkSchemas {
    private static final Map<String, Object> BOOLEAN = Map.of("type", "boolean",
            "description", "whether the link is a default link of its anchor (gs1:defaultLink)");

    static final Map<String, Object> NEW_LINK = object(properties(
            Map.entry("anchor", string("a GS1 Digital Link URI without query: primary key and any qualifiers")),
            Map.entry("linkType", string("a GS1 Web Vocabulary link type, e.g. gs1:pip or https://ref.gs1.org/voc/pip")),
            Map.entry("href", string("the target, an absolute http(s) URI")),
            Map.entry("hreflang", arrayOf(string("a BCP 47 language tag of the target (one string is accepted too)"))),
            Map.entry("context", arrayOf(string("a context the link applies in, e.g. a country code"))),
            Map.entry("type", string("the target's media type, e.g. text/html")),
            Map.entry("title", string("a human-readable title")),
            Map.entry("default", BOOLEAN)), List.of("anchor", "linkType", "href", "title"));

    static final Map<String, Object> LINK = object(properties(
            Map.entry("id", integer("the link's id")),
            Map.entry("anchor", string("the anchor on this resolver's root")),
            Map.entry("linkType", string("the link type as a CURIE")),
            Map.entry("href", string("the target")),
            Map.entry("title", string("the title")),
            Map.entry("hreflang", arrayOf(string("a language tag"))),
            Map.entry("context", arrayOf(string("a context"))),
            Map.entry("type", string("the media type")),
            Map.entry("default", BOOLEAN),
            Map.entry("createdAt", dateTime("when the link was registered"))),
            List.of("id", "anchor", "linkType", "href", "title", "default", "createdAt"));

    static final Map<String, Object> LINKS = object(properties(Map.entry("links", arrayOf(LINK))), List.of("links"));

    private LinkSchemas() {
    }
}
