package org.bricshub.platform.org;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * A request to create an organisation, validated at construction: the name is 1-200 characters, the country an ISO
 * 3166-1 alpha-2 code, each GS1 company prefix 4-12 digits and none inside another.
 */
public record NewOrganisation(String name, String country, OrganisationKind kind, List<String> prefixes) {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public NewOrganisation {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidInputException("name", "is required, 1 to 200 characters");
        }
        name = name.strip();
        if (country == null || !COUNTRIES.contains(country)) {
            throw new InvalidInputException("country", "must be an ISO 3166-1 alpha-2 code in upper case, e.g. CN");
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "is required");
        }
        prefixes = List.copyOf(prefixes == null ? List.of() : prefixes);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < prefixes.size(); i++) {
            String p = prefixes.get(i);
            if (p == null || !p.matches("[0-9]{4,12}")) {
                throw new InvalidInputException("prefixes/" + i, "a GS1 company prefix is 4 to 12 digits");
            }
            for (String other : seen) {
                if (p.startsWith(other) || other.startsWith(p)) {
                    throw new InvalidInputException("prefixes/" + i, "overlaps prefix " + other);
                }
            }
            seen.add(p);
        }
    }
}
