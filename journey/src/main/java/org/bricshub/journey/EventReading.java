package org.bricshub.journey;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.gs1.EpcUrn;

/** What a journey shows of a stored EPCIS 2.0 JSON-LD event (EPCIS 2.0 §7.3 fields, as the capture stored them). */
final class EventReading {
    private static final String ALARM = "ALARM_CONDITION";

    private EventReading() {}

    static Optional<String> text(JsonNode event, String field) {
        JsonNode v = event.get(field);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(n -> {
            if (n.isTextual()) {
                out.add(n.asText());
            } else if (n.has("epcClass")) {
                out.add(n.get("epcClass").asText());
            }
        });
        return out;
    }

    /** certificationInfo: one URI or a list of them (EPCIS 2.0 §7.3.5). */
    static List<String> certificates(JsonNode event) {
        return texts(event.get("certificationInfo"));
    }

    /** The GLN of the bizLocation (where the goods are), else of the readPoint (where it was seen). */
    static Optional<String> gln(JsonNode event) {
        for (String field : List.of("bizLocation", "readPoint")) {
            JsonNode location = event.get(field);
            if (location != null && location.hasNonNull("id")) {
                Optional<String> gln = glnOf(location.get("id").asText());
                if (gln.isPresent()) {
                    return gln;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> glnOf(String id) {
        try {
            String link = EpcUrn.hasDigitalLinkEquivalent(id) ? EpcUrn.toDigitalLink(id) : id;
            if (!link.startsWith("https://") && !link.startsWith("http://")) {
                return Optional.empty();
            }
            return DigitalLink.parse(link).value("414");
        } catch (IllegalArgumentException e) { // a private location identifier: no registered place
            return Optional.empty();
        }
    }

    /** One summary per (measurement type, unit) over every sensorReport of the event (EPCIS 2.0 §7.3.8). */
    static List<SensorSummary> sensors(JsonNode event) {
        Map<String, List<JsonNode>> byType = new LinkedHashMap<>();
        JsonNode elements = event.get("sensorElementList");
        if (elements == null) {
            return List.of();
        }
        for (JsonNode element : elements) {
            for (JsonNode report : element.path("sensorReport")) {
                if (report.hasNonNull("type") && numericValues(report).size() > 0) {
                    byType.computeIfAbsent(report.get("type").asText() + "\n" + report.path("uom").asText(""),
                            k -> new ArrayList<>()).add(report);
                }
            }
        }
        List<SensorSummary> out = new ArrayList<>();
        byType.forEach((key, reports) -> {
            String[] typeAndUnit = key.split("\n", -1);
            BigDecimal min = null;
            BigDecimal max = null;
            int excursions = 0;
            for (JsonNode report : reports) {
                for (BigDecimal v : numericValues(report)) {
                    min = min == null || v.compareTo(min) < 0 ? v : min;
                    max = max == null || v.compareTo(max) > 0 ? v : max;
                }
                if (report.path("exception").asText("").endsWith(ALARM)) {
                    excursions++;
                }
            }
            out.add(new SensorSummary(typeAndUnit[0], Optional.of(typeAndUnit[1]).filter(u -> !u.isEmpty()), min, max,
                    reports.size(), excursions));
        });
        return out;
    }

    private static List<BigDecimal> numericValues(JsonNode report) {
        List<BigDecimal> values = new ArrayList<>(3);
        for (String field : List.of("value", "minValue", "maxValue")) {
            if (report.path(field).isNumber()) {
                values.add(report.get(field).decimalValue());
            }
        }
        return values;
    }
}
