package org.bricshub.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.StringJoiner;

/**
 * Realistic EPCIS 2.0 JSON-LD events of a tea exporter (GS1 company prefix 0614141), deterministic by number: every
 * item goes through commissioning, packing (an AggregationEvent into a pallet), shipping, receiving and retail
 * selling, at its own read points, with purchase orders and bills of lading; event times spread over 2026.
 */
final class SyntheticEvents {
    static final String PREFIX = "0614141";
    static final String[] STEPS = {"commissioning", "packing", "shipping", "receiving", "retail_selling"};
    private static final String[] DISPOSITIONS = {"active", "in_progress", "in_transit", "in_progress", "retail_sold"};
    private static final long BASE = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'+08:00'");

    private SyntheticEvents() {
    }

    /** A document of {@code events} events, the {@code d}-th of its kind (events d*events ... ). */
    static String document(long d, int events) {
        StringJoiner list = new StringJoiner(",");
        for (long n = d * events; n < (d + 1) * events; n++) {
            list.add(event(n));
        }
        return """
                {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument",\
                "schemaVersion":"2.0","creationDate":"2026-03-01T10:00:00Z","epcisBody":{"eventList":[%s]}}"""
                .formatted(list);
    }

    /** The EPC of an item. */
    static String epc(long item) {
        return "urn:epc:id:sgtin:" + PREFIX + ".1" + String.format("%05d", item % 50) + "." + item;
    }

    /** The event time of event n, as the JSON carries it. */
    static Instant eventTime(long n) {
        long item = n / STEPS.length;
        int step = (int) (n % STEPS.length);
        return Instant.ofEpochSecond(BASE + (item * 3) % 31_000_000 + step * 86_400L, (n % 1000) * 1_000_000);
    }

    static String event(long n) {
        long item = n / STEPS.length;
        int step = (int) (n % STEPS.length);
        String time = TIME.format(eventTime(n).atOffset(ZoneOffset.ofHours(8)));
        String site = PREFIX + ".0" + String.format("%04d", step * 100 + item % 7);
        StringBuilder e = new StringBuilder(512);
        if (step == 1) {
            e.append("{\"type\":\"AggregationEvent\",\"eventTime\":\"").append(time)
                    .append("\",\"eventTimeZoneOffset\":\"+08:00\",\"parentID\":\"urn:epc:id:sscc:").append(PREFIX)
                    .append('.').append(String.format("%010d", item / 20)).append("\",\"childEPCs\":[\"")
                    .append(epc(item)).append("\"],\"action\":\"ADD\"");
        } else {
            e.append("{\"type\":\"ObjectEvent\",\"eventTime\":\"").append(time)
                    .append("\",\"eventTimeZoneOffset\":\"+08:00\",\"epcList\":[\"").append(epc(item)).append("\"]")
                    .append(",\"action\":\"").append(step == 0 ? "ADD" : "OBSERVE").append('"');
        }
        e.append(",\"bizStep\":\"").append(STEPS[step]).append("\",\"disposition\":\"").append(DISPOSITIONS[step])
                .append("\",\"readPoint\":{\"id\":\"urn:epc:id:sgln:").append(site).append(".0\"}")
                .append(",\"bizLocation\":{\"id\":\"urn:epc:id:sgln:").append(site).append(".1\"}");
        if (step == 2 || step == 3) {
            e.append(",\"bizTransactionList\":[{\"type\":\"po\",\"bizTransaction\":\"https://tea.example.com/po/")
                    .append(item / 100).append("\"},{\"type\":\"bol\",\"bizTransaction\":\"https://tea.example.com/bol/")
                    .append(item / 1000).append("\"}]");
        }
        return e.append('}').toString();
    }
}
