package org.bricshub.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EpcUrnTest {

    /** EPC URNs and canonical Digital Links of the CBV 2.0 event-hash test vectors (epcisDocWithAllGS1Keys), plus TDS examples. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            urn:epc:id:sscc:4012345.0000000333            | https://id.gs1.org/00/040123450000003338
            urn:epc:id:sgtin:4012345.012345.12            | https://id.gs1.org/01/04012345123456/21/12
            urn:epc:id:upui:4012345.012345.AB12           | https://id.gs1.org/01/04012345123456/235/AB12
            urn:epc:id:gdti:4012345.55555.98              | https://id.gs1.org/253/401234555555498
            urn:epc:id:sgcn:4012345.99999.44              | https://id.gs1.org/255/401234599999044
            urn:epc:id:ginc:4012345.333                   | https://id.gs1.org/401/4012345333
            urn:epc:id:gsin:4012345.999987654             | https://id.gs1.org/402/40123459999876541
            urn:epc:id:grai:4012345.66666.87              | https://id.gs1.org/8003/0401234566666387
            urn:epc:id:giai:4012345.AAbb                  | https://id.gs1.org/8004/4012345AAbb
            urn:epc:id:itip:4012345.012345.01.02.999      | https://id.gs1.org/8006/040123451234560102/21/999
            urn:epc:id:cpi:4012345.ABC.123                | https://id.gs1.org/8010/4012345ABC/8011/123
            urn:epc:id:gsrnp:4012345.0000098765           | https://id.gs1.org/8017/401234500000987658
            urn:epc:id:gsrn:4012345.9876540000            | https://id.gs1.org/8018/401234598765400000
            urn:epc:class:lgtin:4054739.099914.20160711   | https://id.gs1.org/01/04054739999148/10/20160711
            urn:epc:idpat:sgtin:4054739.099914.*          | https://id.gs1.org/01/04054739999148
            urn:epc:idpat:gdti:4012345.55555.*            | https://id.gs1.org/253/4012345555554
            urn:epc:idpat:sgcn:4012345.99999.*            | https://id.gs1.org/255/4012345999990
            urn:epc:idpat:grai:4012345.66666.*            | https://id.gs1.org/8003/04012345666663
            urn:epc:idpat:itip:4012345.012345.01.02.*     | https://id.gs1.org/8006/040123451234560102
            urn:epc:idpat:cpi:4012345.ABC.*               | https://id.gs1.org/8010/4012345ABC
            urn:epc:id:sgln:4012345.00011.987             | https://id.gs1.org/414/4012345000115/254/987
            urn:epc:id:sgln:4012345.00001.0               | https://id.gs1.org/414/4012345000016
            urn:epc:id:pgln:0614141.00777                 | https://id.gs1.org/417/0614141007776
            urn:epc:id:sgtin:4012345.011111.98%22         | https://id.gs1.org/01/04012345111118/21/98%22
            urn:epc:id:sgtin:0614141.812345.6789%2F%26%25%22!%3F()  | https://id.gs1.org/01/80614141123458/21/6789%2F%26%25%22%21%3F%28%29
            urn:epc:id:cpi:0614141.11111111111111-A%23%2F.1234      | https://id.gs1.org/8010/061414111111111111111-A%23%2F/8011/1234
            urn:epc:id:sscc:0614141.1234567890            | https://id.gs1.org/00/106141412345678908
            urn:epc:id:sgtin:415056789012.0.987654        | https://id.gs1.org/01/04150567890128/21/987654
            URN:EPC:ID:SGTIN:4012345.012345.12            | https://id.gs1.org/01/04012345123456/21/12
            """)
    void toDigitalLink_publishedVectors(String urn, String digitalLink) {
        assertThat(EpcUrn.toDigitalLink(urn)).isEqualTo(digitalLink);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            urn:epc:id:sscc:4012345.0000000333            | 7
            urn:epc:id:sgtin:4012345.012345.12            | 7
            urn:epc:id:upui:4012345.012345.AB12           | 7
            urn:epc:id:gdti:4012345.55555.98              | 7
            urn:epc:id:sgcn:4012345.99999.44              | 7
            urn:epc:id:ginc:4012345.333                   | 7
            urn:epc:id:gsin:4012345.999987654             | 7
            urn:epc:id:grai:4012345.66666.87              | 7
            urn:epc:id:giai:4012345.AAbb                  | 7
            urn:epc:id:itip:4012345.012345.01.02.999      | 7
            urn:epc:id:cpi:4012345.ABC.123                | 7
            urn:epc:id:gsrnp:4012345.0000098765           | 7
            urn:epc:id:gsrn:4012345.9876540000            | 7
            urn:epc:class:lgtin:4054739.099914.20160711   | 7
            urn:epc:idpat:sgtin:4054739.099914.*          | 7
            urn:epc:idpat:gdti:4012345.55555.*            | 7
            urn:epc:idpat:sgcn:4012345.99999.*            | 7
            urn:epc:idpat:grai:4012345.66666.*            | 7
            urn:epc:idpat:itip:4012345.012345.01.02.*     | 7
            urn:epc:idpat:cpi:4012345.ABC.*               | 7
            urn:epc:id:sgln:4012345.00011.987             | 7
            urn:epc:id:sgln:4012345.00001.0               | 7
            urn:epc:id:pgln:0614141.00777                 | 7
            urn:epc:id:sgtin:0614141.812345.6789%2F%26%25%22!%3F()  | 7
            urn:epc:id:cpi:0614141.11111111111111-A%23%2F.1234      | 7
            urn:epc:id:sgtin:415056789012.0.987654        | 12
            urn:epc:id:giai:952005385.vehicle2            | 9
            """)
    void toEpcUrn_roundTripsPublishedUrns(String urn, int prefixLength) {
        assertThat(EpcUrn.toEpcUrn(EpcUrn.toDigitalLink(urn), prefixLength)).isEqualTo(urn);
    }

    /** Every EPC URN of the GS1 EPCIS examples converts, and converts back with the prefix length it shows. */
    @Test
    void toDigitalLink_everyUrnOfTheEpcisExamples() {
        java.util.List<String> urns = TestResources.lines("/epc-urns-in-epcis-examples.txt");
        assertThat(urns).hasSizeGreaterThan(150);
        for (String urn : urns) {
            String dl = EpcUrn.toDigitalLink(urn);
            int prefixLength = urn.substring(urn.lastIndexOf(':') + 1).indexOf('.');
            String back = EpcUrn.toEpcUrn(dl, prefixLength);
            assertThat(back).as(urn).isEqualTo(urn);
        }
    }

    @Test
    void toEpcUrn_anyDomainAndDataAttributesIgnored() {
        assertThat(EpcUrn.toEpcUrn("https://example.com/shop/01/04012345123456/10/L1/21/12?17=261231&linkType=gs1:pip", 7))
                .isEqualTo("urn:epc:id:sgtin:4012345.012345.12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:epc:id:sgtin:4012345.012345.12", "urn:epc:class:lgtin:4012345.012345.L",
        "urn:epc:idpat:sgtin:4012345.012345.*", "URN:EPC:ID:SSCC:4012345.0000000333"})
    void isEpcUrn_epcForms(String s) {
        assertThat(EpcUrn.isEpcUrn(s)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://id.gs1.org/01/04012345123456", "urn:epc:", "urn:epc:id:sgtin:", "urn:uuid:1234",
        "urn:epc:foo:sgtin:1.2.3", "urn:epcglobal:cbv:bizstep:shipping"})
    void isEpcUrn_otherStrings(String s) {
        assertThat(EpcUrn.isEpcUrn(s)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"urn:epc:id:sgtin:4012345.012345.12, true", "urn:epc:class:lgtin:4012345.012345.L, true",
        "urn:epc:idpat:sgtin:4012345.012345.*, true", "urn:epc:idpat:giai:4012345.*, false", "urn:epc:id:gid:1.2.3, false",
        "urn:epc:class:lgtin:1.2.3, true", "urn:epc:id:lgtin:1.2.3, false", "https://id.gs1.org/01/04012345123456, false"})
    void hasDigitalLinkEquivalent_byKindAndScheme(String s, boolean expected) {
        assertThat(EpcUrn.hasDigitalLinkEquivalent(s)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            urn:epc:id:sgtin:4012345.01234.12        | LENGTH
            urn:epc:id:sgtin:4012345.012345          | SYNTAX
            urn:epc:id:sgtin:401.2345012345.1        | SYNTAX
            urn:epc:idpat:sgtin:4012345.*.*          | SYNTAX
            urn:epc:idpat:giai:4012345.*             | SYNTAX
            urn:epc:id:gid:95100000.12345.400        | SYNTAX
            urn:epc:id:sgtin:4012345.012345.123456789012345678901 | LENGTH
            urn:epc:id:giai:4012345.ab~c             | CHARACTER_SET
            urn:epc:id:cpi:40123AB.C.1               | SYNTAX
            """)
    void toDigitalLink_invalid(String urn, Gs1Exception.Rule rule) {
        assertThatThrownBy(() -> EpcUrn.toDigitalLink(urn)).isInstanceOfSatisfying(Gs1Exception.class,
                e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    void toEpcUrn_keyWithoutEpcScheme() {
        assertThatThrownBy(() -> EpcUrn.toEpcUrn("https://id.gs1.org/8013/1987654Ad4X4bL5ttr2310c2K", 7))
                .isInstanceOf(Gs1Exception.class).hasMessageContaining("8013");
    }

    @Test
    void toEpcUrn_prefixLongerThanTheLeadingDigits() {
        assertThatThrownBy(() -> EpcUrn.toEpcUrn("https://id.gs1.org/8004/4012345AAbb", 8))
                .isInstanceOfSatisfying(Gs1Exception.class, e -> assertThat(e.rule()).isEqualTo(Gs1Exception.Rule.CONTENT));
    }

    @Test
    void toEpcUrn_prefixLengthOutOfRange() {
        assertThatThrownBy(() -> EpcUrn.toEpcUrn("https://id.gs1.org/01/04012345123456/21/1", 13))
                .isInstanceOf(Gs1Exception.class).hasMessageContaining("6 to 12");
    }
}
