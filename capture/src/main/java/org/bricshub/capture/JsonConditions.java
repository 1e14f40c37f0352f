package org.bricshub.capture;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bricshub.epcis.DocumentNamespaces;
import org.bricshub.epcis.QualifiedName;
import org.bricshub.epcis.query.Comparison;
import org.bricshub.epcis.query.QueryCondition;
import org.bricshub.epcis.query.QueryCondition.ExtensionScope;
import org.bricshub.epcis.query.QueryValue;

/**
 * The query families answered from the stored event ({@code capture_events.event}, jsonb): sensor readings and
 * metadata, quantities, ILMD, error-declaration and user extension fields (EPCIS 2.0 §8.2.7.1). Each is an
 * {@code exists} over the parts of the event the family names: a filter applied to the rows the indexed conditions
 * (time, identifiers, bizStep, locations, visibility) leave, not an index look-up.
 */
final class JsonConditions {
    static final String REPORTS = "$.sensorElementList[*].sensorReport[*]";
    static final String METADATA = "$.sensorElementList[*].sensorMetadata";
    /** Elements of quantityList, childQuantityList, inputQuantityList and outputQuantityList. */
    private static final String QUANTITIES = "lax $.*[*] ? (exists (@.epcClass) && exists (@.quantity))";

    private JsonConditions() {}

    /** An SQL condition over {@code capture_events e} and its parameters. */
    record Fragment(String sql, List<Object> parameters) {
        Fragment {
            parameters = List.copyOf(parameters);
        }

        /** Either this condition or the other. */
        Fragment or(Fragment other) {
            List<Object> both = new ArrayList<>(parameters);
            both.addAll(other.parameters);
            return new Fragment("(" + sql + " or " + other.sql + ")", both);
        }
    }

    /** Some part (objects at {@code path}) has a field whose value is one of {@code values}. */
    static Fragment anyFieldIn(String path, String field, String[] values) {
        return new Fragment("exists (select 1 from jsonb_path_query(e.event, '" + path + "') p where p->>'" + field
                + "' = any (?::text[]))", List.of((Object) values));
    }

    /** Some part at {@code path} has a date-time field bounded as the comparison says. */
    static Fragment anyTime(String path, String field, Comparison comparison, Object instant) {
        return new Fragment("exists (select 1 from jsonb_path_query(e.event, '" + path + "') p where "
                + timeOf("p->'" + field + "'") + " " + operator(comparison) + " ?)", List.of(instant));
    }

    /** {@code EQ_booleanValue}. */
    static Fragment booleanValue(boolean value) {
        return new Fragment("exists (select 1 from jsonb_path_query(e.event, '" + REPORTS
                + "') p where p->'booleanValue' = ?::jsonb)", List.of(Boolean.toString(value)));
    }

    /** {@code EQ_hexBinaryValue}: hex digits compared without regard to case. */
    static Fragment hexBinaryValue(String[] values) {
        String[] upper = java.util.Arrays.stream(values).map(v -> v.toUpperCase(java.util.Locale.ROOT))
                .toArray(String[]::new);
        return new Fragment("exists (select 1 from jsonb_path_query(e.event, '" + REPORTS
                + "') p where upper(p->>'hexBinaryValue') = any (?::text[]))", List.of((Object) upper));
    }

    /**
     * A numeric comparison on a sensor report field or a quantity: the part's {@code uom} must be the one the
     * parameter names (no unit conversion), or absent when it names none.
     */
    static Fragment number(QueryCondition.NumberCompare n) {
        String field = switch (n.field()) {
            case QUANTITY -> "quantity";
            case VALUE -> "value";
            case MIN_VALUE -> "minValue";
            case MAX_VALUE -> "maxValue";
            case MEAN_VALUE -> "meanValue";
            case SDEV -> "sDev";
            case PERC_RANK -> "percRank";
            case PERC_VALUE -> "percValue";
        };
        String path = n.field() == QueryCondition.NumberField.QUANTITY
                ? QUANTITIES : REPORTS;
        List<Object> parameters = new ArrayList<>();
        String uom;
        if (n.field() == QueryCondition.NumberField.PERC_RANK) {
            uom = "true";
        } else if (n.uom() == null) {
            uom = "p->>'uom' is null";
        } else {
            uom = "p->>'uom' = ?";
            parameters.add(n.uom());
        }
        String value = numberOf("p->'" + field + "'");
        String compare;
        if (n.comparison() == Comparison.EQ) {
            compare = value + " = any (?::numeric[])";
            parameters.add(n.values().toArray(BigDecimal[]::new));
        } else {
            compare = value + " " + operator(n.comparison()) + " ?";
            parameters.add(n.values().getFirst());
        }
        String sql = "exists (select 1 from jsonb_path_query(e.event, '" + path + "') p where " + uom + " and "
                + compare + ")";
        return new Fragment(sql, parameters);
    }

    /** {@code EQ_/GT_/.../EXISTS_} on a user extension field in its scope, at its top or ({@code INNER_}) anywhere. */
    static Fragment extension(QueryCondition.ExtensionField x) {
        QualifiedName name = x.name();
        List<Object> parameters = new ArrayList<>(List.of(name.namespace(), name.localName(), standardKeys(name)));
        String objects = x.inner()
                ? "jsonb_path_query(e.event, '" + scopePath(x.scope()) + "') s, "
                        + "jsonb_path_query(s, 'strict $.**') o"
                : "jsonb_path_query(e.event, '" + scopePath(x.scope()) + "') o";
        StringBuilder sql = new StringBuilder("exists (select 1 from " + objects
                + ", unnest(capture_extension_keys(e.event, ?, ?) || ?::text[]) k, jsonb_path_query(o -> k, 'lax $[*]') v"
                + " where jsonb_typeof(o) = 'object'");
        if (!x.isExists()) {
            sql.append(" and (").append(compare(x.comparison(), x.values(), parameters)).append(")");
        }
        return new Fragment(sql.append(")").toString(), parameters);
    }

    /** The value an event is ordered by for {@code orderBy=<extension field>}: its top-level value, as jsonb. */
    static Fragment orderValue(QualifiedName name) {
        return new Fragment("(select e.event -> k from unnest(capture_extension_keys(e.event, ?, ?) || ?::text[]) k "
                + "where jsonb_exists(e.event, k) limit 1)", List.of(name.namespace(), name.localName(), standardKeys(name)));
    }

    /** An event needs not bind the standard context's prefixes ({@code cbvmda:lotNumber}) in its own context. */
    private static String[] standardKeys(QualifiedName name) {
        return DocumentNamespaces.STANDARD_PREFIXES.entrySet().stream()
                .filter(p -> p.getValue().equals(name.namespace()))
                .map(p -> p.getKey() + ":" + name.localName()).toArray(String[]::new);
    }

    private static String compare(Comparison comparison, List<QueryValue> values, List<Object> parameters) {
        List<String> alternatives = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (QueryValue value : values) {
            switch (value) {
                case QueryValue.Text t -> texts.add(t.text());
                case QueryValue.Number n -> {
                    alternatives.add(numberOf("v") + " " + operator(comparison) + " ?");
                    parameters.add(n.number());
                }
                case QueryValue.Time t -> {
                    alternatives.add(timeOf("v") + " " + operator(comparison) + " ?");
                    parameters.add(t.time().toInstant());
                }
            }
        }
        if (!texts.isEmpty()) {
            alternatives.add("(v #>> '{}') = any (?::text[])");
            parameters.add(texts.toArray(String[]::new));
        }
        return alternatives.isEmpty() ? "false" : String.join(" or ", alternatives);
    }

    /** The JSON value as a number, or null when it is none (a cast error would abort the whole query). */
    private static String numberOf(String json) {
        return "(case when jsonb_typeof(" + json + ") = 'number' then (" + json + ")::numeric "
                + "when jsonb_typeof(" + json + ") = 'string' and pg_input_is_valid(" + json + " #>> '{}', 'numeric') "
                + "then (" + json + " #>> '{}')::numeric end)";
    }

    private static String timeOf(String json) {
        return "(case when jsonb_typeof(" + json + ") = 'string' and pg_input_is_valid(" + json
                + " #>> '{}', 'timestamptz') and " + json + " #>> '{}' like '____-__-__T%' then (" + json
                + " #>> '{}')::timestamptz end)";
    }

    private static String operator(Comparison comparison) {
        return switch (comparison) {
            case EQ -> "=";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
        };
    }

    private static String scopePath(ExtensionScope scope) {
        return switch (scope) {
            case EVENT -> "$";
            case ILMD -> "$.ilmd";
            case ERROR_DECLARATION -> "$.errorDeclaration";
            case SENSOR_ELEMENT -> "$.sensorElementList[*]";
            case SENSOR_METADATA -> METADATA;
            case SENSOR_REPORT -> REPORTS;
            case READ_POINT -> "$.readPoint";
            case BIZ_LOCATION -> "$.bizLocation";
        };
    }
}
