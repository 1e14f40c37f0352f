package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bricshub.epcis.query.EventQueryParser;
import org.bricshub.epcis.query.QueryParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parameter of the REST binding's query-schema.json (its properties, and a sample name of each pattern
 * property) is accepted by the parser and runs as SQL in the repository; only the schema's HASATTR_ sample, which
 * names an extension field, is refused, by name.
 */
class QuerySchemaCoverageIT extends RepositoryWithOrganisations {
    private static final Map<String, String> PREFIXES = Map.of("ex", "https://ns.example.com/");
    /**
     * The schema's HASATTR_ pattern names an extension field ({@code HASATTR_ex:f}); EPCIS 2.0 §8.2.7.1 names a field
     * whose values have master data ({@code HASATTR_bizLocation}), so the schema's sample is refused by name
     * (MasterDataQueriesIT runs the standard's form).
     */
    private static final Pattern REFUSED = Pattern.compile("HASATTR_ex:f");

    static JsonNode schema() throws IOException {
        try (InputStream in = QuerySchemaCoverageIT.class.getResourceAsStream("/rest-bindings/query-schema.json")) {
            return new ObjectMapper().readTree(in).at("/definitions/EPCIS-Query");
        }
    }

    static Stream<String> properties() throws IOException {
        List<String> names = new ArrayList<>();
        schema().get("properties").fieldNames().forEachRemaining(names::add);
        names.remove("@context");
        return names.stream();
    }

    /** Candidate names for the pattern properties; each pattern must match at least one. */
    static List<String> candidates() {
        List<String> names = new ArrayList<>(List.of("EQ_bizTransaction_po", "EQ_source_owning_party",
                "EQ_destination_location", "HASATTR_ex:f", "EQ_ATTR_bizLocation_sst"));
        for (String op : List.of("EQ", "GT", "GE", "LT", "LE", "EXISTS")) {
            for (String scope : List.of("", "ILMD_", "ERROR_DECLARATION_", "SENSORELEMENT_", "SENSORMETADATA_",
                    "SENSORREPORT_", "readPoint_", "bizLocation_")) {
                names.add(op + "_" + scope + "ex:f");
                names.add(op + "_INNER_" + scope + "ex:f");
            }
            for (String field : List.of("value", "minValue", "maxValue", "meanValue", "sDev", "percValue", "quantity")) {
                names.add(op + "_" + field + "_CEL");
            }
        }
        return names;
    }

    static Stream<String> patternSamples() throws IOException {
        List<String> samples = new ArrayList<>();
        schema().get("patternProperties").fieldNames().forEachRemaining(key -> {
            // The schema escapes its backslashes twice (\\: for \:); one level is the regular expression.
            Pattern pattern = Pattern.compile(key.replace("\\\\", "\\"));
            candidates().stream().filter(c -> pattern.matcher(c).matches()).forEach(samples::add);
        });
        return samples.stream().distinct();
    }

    @Test
    void patternProperties_eachHasASample() throws IOException {
        List<String> unmatched = new ArrayList<>();
        schema().get("patternProperties").fieldNames().forEachRemaining(key -> {
            Pattern pattern = Pattern.compile(key.replace("\\\\", "\\"));
            if (candidates().stream().noneMatch(c -> pattern.matcher(c).matches())) {
                unmatched.add(key);
            }
        });
        assertThat(unmatched).isEmpty();
    }

    @ParameterizedTest
    @MethodSource({"properties", "patternSamples"})
    void parameter_acceptedAndRun(String name) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        parameters.put(name, List.of(sample(name)));
        if (name.equals("eventCountLimit")) {
            parameters.put("orderBy", List.of("eventTime"));
        }
        if (REFUSED.matcher(name).matches()) {
            assertThatThrownBy(() -> f.repository.query(operator, EventQueryParser.parse(parameters, PREFIXES)))
                    .isInstanceOf(QueryParameterException.class).hasMessageContaining(name.substring(0, 7));
            return;
        }
        assertThat(f.repository.query(operator, EventQueryParser.parse(parameters, PREFIXES)).events()).isEmpty();
    }

    private static String sample(String name) {
        if (name.startsWith("EXISTS_")) {
            return "";
        }
        if (name.matches("(GE|LT)_(eventTime|recordTime|errorDeclarationTime|errorDeclaration_Time|time|startTime"
                + "|endTime)")) {
            return "2020-01-01T00:00:00Z";
        }
        if (name.matches("(GT|GE|LT|LE)_.*|EQ_(quantity|value).*|eventCountLimit|maxEventCount")) {
            return "5";
        }
        return switch (name) {
            case "eventType" -> "ObjectEvent";
            case "EQ_action" -> "ADD";
            case "EQ_bizStep" -> "shipping";
            case "EQ_disposition", "EQ_persistentDisposition_set", "EQ_persistentDisposition_unset" -> "in_transit";
            case "EQ_errorReason" -> "incorrect_data";
            case "EQ_type" -> "Temperature";
            case "EQ_booleanValue" -> "true";
            case "EQ_stringValue", "EQ_hexBinaryValue" -> "AB";
            case "orderBy" -> "eventTime";
            case "orderDirection" -> "ASC";
            default -> name.contains(":") || name.startsWith("EQ_ATTR_") ? "x" : "urn:example:x";
        };
    }
}
