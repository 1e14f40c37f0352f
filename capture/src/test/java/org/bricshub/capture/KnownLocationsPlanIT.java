package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bricshub.capture.MasterDataDocuments.capture;
import static org.bricshub.capture.MasterDataDocuments.document;
import static org.bricshub.capture.MasterDataDocuments.objectEvent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.org.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan of a page of known locations over a few thousand events: index look-ups, not a pass over the events. */
class KnownLocationsPlanIT {
    @TempDir Path dir;

    @Test
    void page_overThousandsOfEvents_walksTheLocationIndexes() {
        try (RepositoryFixture f = new RepositoryFixture(dir)) {
            Principal tea = f.principal("Anxi Tea", OrganisationKind.BRAND_OWNER, "0614141");
            Principal other = f.principal("Other", OrganisationKind.BRAND_OWNER, "0099999");
            assertThat(capture(f, tea, document(locations("urn:epc:id:sgln:0614141.%05d.0", 200, 7),
                    events("urn:epc:id:sgtin:0614141.107346.", "urn:epc:id:sgln:0614141.%05d.0", 3000)))
                    .succeeded()).isTrue();
            assertThat(capture(f, other, document(locations("urn:epc:id:sgln:0099999.%05d.0", 3000, 1),
                    events("urn:epc:id:sgtin:0099999.000001.", "urn:epc:id:sgln:0099999.%05d.0", 2000)))
                    .succeeded()).isTrue();
            String plan = explain(f, f.repository.visibility().of(tea), "urn:epc:id:sgln:0614141.00010.0");
            // The walk takes one index descent a value; the master data is the organisation's rows (an index).
            assertThat(plan).contains("Index Scan using capture_events_").contains("Recursive Union")
                    .doesNotContain("Seq Scan on capture_events").doesNotContain("Seq Scan on capture_master_data");
        }
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

    private static String explain(RepositoryFixture f, Visibility.Rule rule, String after) {
        KnownLocations.Statement page = KnownLocations.pageStatement(rule, BrowseField.BIZ_LOCATION, after, 11);
        return QueryPlans.explain(f.ds, page.sql(), page.parameters());
    }
}
