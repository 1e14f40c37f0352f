package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bricshub.capture.MasterDataDocuments.document;
import static org.bricshub.capture.MasterDataDocuments.objectEvent;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.bricshub.platform.db.Transaction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What PostgreSQL reads for queries over a few thousand events of two organisations (their plans as run, after
 * fresh statistics): index look-ups, not passes over the events or the identifier table.
 */
class QueryPlansIT extends RepositoryWithOrganisations {
    @BeforeAll
    static void captureTwoOrganisations() {
        assertThat(MasterDataDocuments.capture(f, tea, document(locations("urn:epc:id:sgln:0614141.%05d.0", 200, 7),
                events("urn:epc:id:sgtin:0614141.107346.", "urn:epc:id:sgln:0614141.%05d.0", 3000)))
                .succeeded()).isTrue();
        assertThat(MasterDataDocuments.capture(f, other, document(locations("urn:epc:id:sgln:0099999.%05d.0", 3000, 1),
                events("urn:epc:id:sgtin:0099999.000001.", "urn:epc:id:sgln:0099999.%05d.0", 2000)))
                .succeeded()).isTrue();
    }

    @Test
    void knownLocations_page_walksTheLocationIndexes() {
        Visibility.Rule rule = f.repository.visibility().of(tea);
        KnownLocations.Statement page = KnownLocations.pageStatement(rule, BrowseField.BIZ_LOCATION,
                "urn:epc:id:sgln:0614141.00010.0", 11);
        String plan = explain(page.sql(), page.parameters());
        // The walk takes one index descent a value; the master data is the organisation's rows (an index).
        assertThat(plan).contains("Index Scan using capture_events_").contains("Recursive Union")
                .doesNotContain("Seq Scan on capture_events").doesNotContain("Seq Scan on capture_master_data");
    }

    /**
     * A brand owner's query meeting events another organisation captured: their identifiers are looked up event by
     * event, never by hashing the whole identifier table (414 ms against 1.6 ms over 300,000 events, BENCHMARKS).
     */
    @Test
    void visibilityRule_overOtherOrganisationsEvents_looksUpTheirIdentifiersByIndex() {
        Visibility.Rule rule = f.repository.visibility().of(tea);
        String plan = explain("select e.seq from capture_events e where " + rule.sql()
                + " order by e.event_time desc limit 100", rule.parameters());
        assertThat(plan).contains("Index Scan using capture_event_values_").doesNotContain("hashed SubPlan")
                .doesNotContain("Seq Scan on capture_event_values");
    }

    /** A BusinessLocation vocabulary of {@code n} elements, IDs {@code id} formatted with 0, step, 2 step ... */
    private static String locations(String id, int n, int step) {
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            elements.add("{\"id\": \"" + id.formatted(i * step) + "\"}");
        }
        return "{\"type\": \"urn:epcglobal:epcis:vtype:BusinessLocation\", \"vocabularyElementList\": ["
                + String.join(",", elements) + "]}";
    }

    /** {@code n} events at 40 locations. */
    private static String[] events(String epc, String location, int n) {
        String[] events = new String[n];
        for (int i = 0; i < n; i++) {
            events[i] = objectEvent(epc + i, "\"bizLocation\": {\"id\": \"" + location.formatted(i % 40) + "\"}");
        }
        return events;
    }

    private static String explain(String sql, List<Object> parameters) {
        return Transaction.run(f.ds, c -> {
            c.createStatement().execute("analyze");
            try (PreparedStatement ps = c.prepareStatement("explain (analyze, costs off, timing off) " + sql)) {
                SqlParameters.set(ps, 1, parameters);
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            }
        });
    }
}
