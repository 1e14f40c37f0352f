package org.bricshub.trace;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bricshub.gs1.Gln;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * A location to register (farm, factory, warehouse, port, shop), identified by its GLN.
 *
 * @param address schema.org PostalAddress members (streetAddress, addressLocality, addressRegion, postalCode)
 * @param latitude WGS 84 degrees, with {@code longitude} both present or both absent
 */
public record NewLocation(Gln gln, LocalisedText name, String country, Map<String, String> address,
        Optional<Double> latitude, Optional<Double> longitude) {
    static final Set<String> ADDRESS_FIELDS = Set.of("streetAddress", "addressLocality", "addressRegion", "postalCode");

    public NewLocation {
        if (name.texts().isEmpty()) {
            throw new InvalidInputException("name", "needs a text in at least one language, e.g. {\"en\": \"Anxi tea garden\"}");
        }
        Gs1Input.required("country", country);
        NewProduct.country("country", country);
        address = Map.copyOf(address);
        for (Map.Entry<String, String> e : address.entrySet()) {
            if (!ADDRESS_FIELDS.contains(e.getKey())) {
                throw new InvalidInputException("address." + e.getKey(), "must be one of " + ADDRESS_FIELDS);
            }
            if (e.getValue().isBlank() || e.getValue().length() > 300) {
                throw new InvalidInputException("address." + e.getKey(), "must be 1 to 300 characters");
            }
        }
        if (latitude.isPresent() != longitude.isPresent()) {
            throw new InvalidInputException(latitude.isPresent() ? "lon" : "lat", "lat and lon come together");
        }
        latitude.filter(l -> !(l >= -90 && l <= 90)).ifPresent(l -> {
            throw new InvalidInputException("lat", "must be between -90 and 90");
        });
        longitude.filter(l -> !(l >= -180 && l <= 180)).ifPresent(l -> {
            throw new InvalidInputException("lon", "must be between -180 and 180");
        });
    }
}
