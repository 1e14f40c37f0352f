package org.bricshub.platform.org;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bricshub.platform.problem.InvalidInputException;

/** What an organisation does in the supply chain or the marketplace. */
public enum OrganisationKind {
    BRAND_OWNER, LOGISTICS, CERTIFIER, CUSTOMS, RESEARCH_INSTITUTION, OPERATOR;

    /** The wire name, e.g. {@code brand_owner}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidInputException naming the accepted values */
    public static OrganisationKind parse(String field, String value) {
        for (OrganisationKind k : values()) {
            if (k.wireName().equals(value)) {
                return k;
            }
        }
        throw new InvalidInputException(field, "must be one of " + Arrays.stream(values())
                .map(OrganisationKind::wireName).collect(Collectors.joining(", ")));
    }
}
