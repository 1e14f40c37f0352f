package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bricshub.capture.MasterDataDocuments.capture;
import static org.bricshub.capture.MasterDataDocuments.document;
import static org.bricshub.capture.MasterDataDocuments.event;
import static org.bricshub.capture.MasterDataDocuments.objectEvent;

import java.util.ArrayList;
import java.util.List;
import org.bricshub.epcis.query.QueryParameterException;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.org.OrganisationKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /bizLocations} and {@code /readPoints} list "all ... known to this repository" as the caller may see them:
 * the locations of visible events and of the caller organisation's own master data of the matching vocabulary. Tea's
 * events are at business locations 777.0 (twice) and 888.0 and read point 777.1; its master data names the business
 * locations 777.0, 100.0 and 999.0 and a Digital Link, the read points 777.1 and 555.1, and a class. Another
 * organisation's events are at 0099999.00002.0 and its master data names 0099999.00001.0 and 0614141.00333.0 (in
 * tea's GLN range).
 */
class KnownLocationsIT extends RepositoryWithOrganisations {
    private static final String TEA = "urn:epc:id:sgln:0614141.00";
    private static final String LINK = "https://id.example.com/414/0614141000012";
    private static final String BUSINESS = "urn:epcglobal:epcis:vtype:BusinessLocation";
    private static final String READ_POINT = "urn:epcglobal:epcis:vtype:ReadPoint";
    static EventBrowser browser;

    @BeforeAll
    static void start() {
        browser = new EventBrowser(f.repository);
        assertThat(capture(f, tea, document(vocabulary(BUSINESS, TEA + "777.0", TEA + "100.0", TEA + "999.0", LINK)
                        + "," + vocabulary(READ_POINT, TEA + "777.1", TEA + "555.1") + ","
                        + vocabulary("urn:epcglobal:epcis:vtype:EPCClass", "urn:epc:class:lgtin:0614141.107346.LOT1"),
                event("A", at(TEA + "777.0") + ", \"readPoint\": {\"id\": \"" + TEA + "777.1\"}"),
                event("B", at(TEA + "888.0")), event("C", at(TEA + "777.0")))).succeeded()).isTrue();
        assertThat(capture(f, other, document(vocabulary(BUSINESS, "urn:epc:id:sgln:0099999.00001.0", TEA + "333.0"),
                objectEvent("urn:epc:id:sgtin:0099999.000001.1", at("urn:epc:id:sgln:0099999.00002.0"))))
                .succeeded()).isTrue();
    }

    @ParameterizedTest(name = "perPage {0}")
    @ValueSource(ints = {1, 2, 3, 5, 100})
    void values_bizLocations_eventsAndOwnMasterDataOnceInByteOrderOnEveryPaging(int perPage) {
        assertThat(all(tea, BrowseField.BIZ_LOCATION, perPage)).containsExactly(LINK, TEA + "100.0", TEA + "777.0",
                TEA + "888.0", TEA + "999.0");
    }

    @Test
    void values_readPoints_onlyTheReadPointVocabulary() {
        assertThat(all(tea, BrowseField.READ_POINT, 1)).containsExactly(TEA + "555.1", TEA + "777.1");
    }

    @Test
    void values_anotherOrganisationsMasterData_neverAppears() {
        assertThat(all(other, BrowseField.BIZ_LOCATION, 2)).containsExactly("urn:epc:id:sgln:0099999.00001.0",
                "urn:epc:id:sgln:0099999.00002.0", TEA + "333.0");
        assertThat(all(other, BrowseField.READ_POINT, 2)).isEmpty();
        // The operator sees every event (those of other tests too), and master data only of its own (as the
        // SimpleMasterDataQuery).
        assertThat(all(operator, BrowseField.BIZ_LOCATION, 2)).isSorted().doesNotHaveDuplicates()
                .contains("urn:epc:id:sgln:0099999.00002.0", TEA + "777.0", TEA + "888.0")
                .doesNotContain(TEA + "100.0", TEA + "999.0", LINK, "urn:epc:id:sgln:0099999.00001.0", TEA + "333.0");
        assertThat(all(operator, BrowseField.READ_POINT, 2)).containsExactly(TEA + "777.1");
    }

    @Test
    void values_elementsAddedWhilePaging_nothingLostNothingRepeated() {
        Principal grower = f.principal("Grower", OrganisationKind.BRAND_OWNER, "0712345");
        String gln = "urn:epc:id:sgln:0712345.00";
        assertThat(capture(f, grower, document(vocabulary(BUSINESS, gln + "100.0", gln + "200.0", gln + "300.0"),
                objectEvent("urn:epc:id:sgtin:0712345.000001.1", at(gln + "400.0")))).succeeded()).isTrue();
        ValuePage first = browser.values(grower, BrowseField.BIZ_LOCATION, 2, null);
        assertThat(first.values()).containsExactly(gln + "100.0", gln + "200.0");

        // Before the token (not shown again), at the token's value (already shown), after it (shown next).
        assertThat(capture(f, grower, document(vocabulary(BUSINESS, gln + "050.0", gln + "200.0", gln + "250.0"),
                objectEvent("urn:epc:id:sgtin:0712345.000001.2", at(gln + "400.0")))).succeeded()).isTrue();
        List<String> rest = new ArrayList<>();
        for (String token = first.nextPageToken(); token != null; ) {
            ValuePage page = browser.values(grower, BrowseField.BIZ_LOCATION, 2, token);
            rest.addAll(page.values());
            token = page.nextPageToken();
        }
        assertThat(rest).containsExactly(gln + "250.0", gln + "300.0", gln + "400.0");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "tea, BIZ_LOCATION, 0614141.00100.0, true",
        "tea, BIZ_LOCATION, 0614141.00888.0, true",
        "tea, BIZ_LOCATION, 0614141.00777.0, true",
        "tea, BIZ_LOCATION, 0614141.00333.0, false",
        "tea, BIZ_LOCATION, 0614141.00555.1, false",
        "tea, READ_POINT, 0614141.00555.1, true",
        "tea, READ_POINT, 0614141.00777.1, true",
        "tea, READ_POINT, 0614141.00100.0, false",
        "other, BIZ_LOCATION, 0614141.00333.0, true",
        "other, BIZ_LOCATION, 0614141.00100.0, false",
        "other, BIZ_LOCATION, 0614141.00777.0, false",
        "operator, BIZ_LOCATION, 0614141.00777.0, true",
        "operator, BIZ_LOCATION, 0614141.00100.0, false",
    })
    void isKnown_locationOfVisibleEventsOrOwnMasterData(String who, BrowseField field, String gln, boolean known) {
        Principal caller = switch (who) {
            case "tea" -> tea;
            case "other" -> other;
            default -> operator;
        };
        assertThat(browser.isKnown(caller, field, "urn:epc:id:sgln:" + gln)).isEqualTo(known);
    }

    @Test
    void values_tokenThisServerDidNotIssue_isAQueryParameterException() {
        assertThatThrownBy(() -> browser.values(tea, BrowseField.BIZ_LOCATION, 2, "bm90IGEgdG9rZW4"))
                .isInstanceOf(QueryParameterException.class).hasMessageContaining("nextPageToken");
    }

    private static List<String> all(Principal who, BrowseField field, int perPage) {
        List<String> values = new ArrayList<>();
        String token = null;
        do {
            ValuePage page = browser.values(who, field, perPage, token);
            assertThat(page.values()).hasSizeLessThanOrEqualTo(perPage);
            values.addAll(page.values());
            token = page.nextPageToken();
        } while (token != null);
        return values;
    }

    private static String vocabulary(String type, String... ids) {
        List<String> elements = new ArrayList<>();
        for (String id : ids) {
            elements.add("{\"id\": \"" + id + "\"}");
        }
        return "{\"type\": \"" + type + "\", \"vocabularyElementList\": [" + String.join(", ", elements) + "]}";
    }

    private static String at(String bizLocation) {
        return "\"bizLocation\": {\"id\": \"" + bizLocation + "\"}";
    }
}
