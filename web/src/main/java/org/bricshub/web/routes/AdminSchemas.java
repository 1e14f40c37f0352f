package org.bricshub.web.routes;

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
import org.bricshub.platform.access.Role;
import org.bricshub.platform.org.OrganisationKind;

/** JSON Schemas of the admin API's bodies, for the OpenAPI document. */
final class AdminSchemas {
    private static final Map<String, Object> KIND = enumeration("What the organisation does",
            Arrays.stream(OrganisationKind.values()).map(OrganisationKind::wireName).toList());
    private static final Map<String, Object> ROLE = enumeration("What the key may do",
            Arrays.stream(Role.values()).map(Role::wireName).toList());
    private static final Map<String, Object> PREFIXES = arrayOf(Map.of("type", "string", "pattern", "^[0-9]{4,12}$",
            "description", "GS1 company prefix"));

    static final Map<String, Object> NEW_ORGANISATION = object(properties(
            Map.entry("name", string("1 to 200 characters")),
            Map.entry("country", string("ISO 3166-1 alpha-2, upper case")),
            Map.entry("prefixes", PREFIXES),
            Map.entry("kind", KIND)), List.of("name", "country", "kind"));

    static final Map<String, Object> ORGANISATION = object(properties(
            Map.entry("id", integer("Organisation id")),
            Map.entry("name", string("Name")),
            Map.entry("country", string("ISO 3166-1 alpha-2")),
            Map.entry("kind", KIND),
            Map.entry("prefixes", PREFIXES),
            Map.entry("createdAt", dateTime("Creation time"))), List.of("id", "name", "country", "kind", "prefixes"));

    static final Map<String, Object> ORGANISATIONS = arrayOf(ORGANISATION);

    static final Map<String, Object> NEW_KEY = object(properties(
            Map.entry("role", ROLE),
            Map.entry("expiresAt", dateTime("Optional expiry, in the future"))), List.of("role"));

    private static final Map<String, Map<String, Object>> KEY_PROPERTIES = properties(
            Map.entry("id", integer("Key id")),
            Map.entry("orgId", integer("Organisation id")),
            Map.entry("role", ROLE),
            Map.entry("createdAt", dateTime("Creation time")),
            Map.entry("expiresAt", dateTime("Expiry, if any")),
            Map.entry("revokedAt", dateTime("Revocation time, if revoked")));

    static final Map<String, Object> KEYS = arrayOf(object(KEY_PROPERTIES, List.of("id", "orgId", "role")));

    static final Map<String, Object> ISSUED_KEY = object(withSecret(), List.of("id", "orgId", "role", "key"));

    static final Map<String, Object> NEW_PREFIX = object(properties(
            Map.entry("capacity", integer("How many products (GTINs) the sub-prefix must number"))), List.of("capacity"));

    static final Map<String, Object> ALLOCATED_PREFIX = object(properties(
            Map.entry("orgId", integer("Organisation id")),
            Map.entry("prefix", string("The GS1 company prefix given, inside the platform range")),
            Map.entry("capacity", integer("How many products it numbers: 10^(12 - prefix length)"))),
            List.of("orgId", "prefix", "capacity"));

    private AdminSchemas() {
    }

    private static Map<String, Map<String, Object>> withSecret() {
        var p = new java.util.LinkedHashMap<>(KEY_PROPERTIES);
        p.put("key", string("The secret, shown once: send it as 'Authorization: Bearer <key>'"));
        return p;
    }
}
