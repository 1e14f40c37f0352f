package org.bricshub.i18n;

import com.ibm.icu.util.MeasureUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How to write a UN/ECE Recommendation 20 unit code: as a CLDR unit that ICU localizes, as an SI symbol, or as a
 * bare count. Read from {@code /i18n/units.properties}; every CLDR identifier is resolved at load.
 */
final class UnitTable {

    static final String RESOURCE = "/i18n/units.properties";

    /** One way to write a unit; exactly one of the fields is set, or both are null for a count. */
    record Unit(MeasureUnit cldr, String symbol) {
        boolean isCount() {
            return cldr == null && symbol == null;
        }
    }

    private final Map<String, Unit> units;

    private UnitTable(Map<String, Unit> units) {
        this.units = Map.copyOf(units);
    }

    static UnitTable load() {
        Map<String, Unit> units = new HashMap<>();
        Catalog.read(RESOURCE).forEach((key, value) -> {
            int dot = key.indexOf('.');
            String kind = dot < 0 ? "" : key.substring(0, dot);
            String code = key.substring(dot + 1);
            Unit unit = switch (kind) {
                case "cldr" -> new Unit(resolve(code, value), null);
                case "symbol" -> new Unit(null, value);
                case "count" -> new Unit(null, null);
                default -> throw new CatalogException(RESOURCE, 0, "key '" + key + "' must start with cldr., symbol. or count.");
            };
            if (units.putIfAbsent(code, unit) != null) {
                throw new CatalogException(RESOURCE, 0, "unit code '" + code + "' is mapped twice");
            }
        });
        return new UnitTable(units);
    }

    /** The unit a code names, or empty for a code we do not know. */
    Optional<Unit> unit(String uneceCode) {
        return Optional.ofNullable(units.get(uneceCode));
    }

    Map<String, Unit> all() {
        return units;
    }

    private static MeasureUnit resolve(String code, String identifier) {
        try {
            return MeasureUnit.forIdentifier(identifier);
        } catch (IllegalArgumentException e) {
            throw new CatalogException(RESOURCE, 0, "unit " + code + ": '" + identifier + "' is not a CLDR unit identifier");
        }
    }
}
