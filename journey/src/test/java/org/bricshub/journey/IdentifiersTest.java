package org.bricshub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.bricshub.gs1.DigitalLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {
    private static final String STEM = "https://codes.example.org";

    @Test
    void ofItem_urnForEveryPrefixLengthAndBothDigitalLinks() {
        var item = DigitalLink.parse("https://codes.example.org/01/09506000000015/10/L1/21/S1");
        assertThat(Identifiers.ofItem(item, STEM)).contains(
                "urn:epc:id:sgtin:9506000.000001.S1", "urn:epc:id:sgtin:950600.0000001.S1",
                "https://id.gs1.org/01/09506000000015/21/S1", "https://id.gs1.org/01/09506000000015/10/L1/21/S1",
                "https://codes.example.org/01/09506000000015/21/S1")
                .noneMatch(s -> s.contains("lgtin"));
    }

    @Test
    void ofClasses_lotAndProductClass() {
        var item = DigitalLink.parse("https://codes.example.org/01/09506000000015/10/L1/21/S1");
        assertThat(Identifiers.ofClasses(item, STEM)).contains("urn:epc:class:lgtin:9506000.000001.L1",
                "https://id.gs1.org/01/09506000000015/10/L1", "urn:epc:idpat:sgtin:9506000.000001.*",
                "https://id.gs1.org/01/09506000000015").noneMatch(s -> s.contains("S1"));
    }

    @ParameterizedTest
    @CsvSource({
        "urn:epc:id:sscc:9506001.0000000001, https://id.gs1.org/00/095060010000000014",
        "https://example.com/00/095060010000000014, urn:epc:id:sscc:9506001.0000000001",
        "https://id.gs1.org/00/095060010000000014?x=1, https://codes.example.org/00/095060010000000014"})
    void of_gs1Keys_meetAcrossSpellings(String written, String alsoLookedUp) {
        assertThat(Identifiers.of(written, STEM)).contains(written, alsoLookedUp);
    }

    @ParameterizedTest
    @CsvSource({"urn:uuid:3d3c4c5e-1111-4f5a-9d3e-0a1b2c3d4e5f", "https://example.com/pallets/17",
            "urn:epc:id:sgtin:bad"})
    void of_otherIdentifiers_onlyAsWritten(String written) {
        assertThat(Identifiers.of(written, STEM)).containsExactly(written);
        assertThat(Identifiers.keyDigits(written)).isEmpty();
    }

    @Test
    void keyDigits_startWithTheCompanyPrefix() {
        assertThat(Identifiers.keyDigits("urn:epc:class:lgtin:9506000.000002.H1")).hasValueSatisfying(
                d -> assertThat(d).startsWith("9506000"));
        assertThat(Identifiers.keyDigits("https://id.gs1.org/01/09506001000014")).hasValueSatisfying(
                d -> assertThat(d).startsWith("9506001"));
    }
}
