package org.bricshub.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EpcPatternTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            urn:epc:idpat:sgtin:0614141.112345.*   | urn:epc:id:sgtin:0614141.112345.400                         | true
            urn:epc:idpat:sgtin:0614141.*.*        | urn:epc:id:sgtin:0614141.112345.400                         | true
            urn:epc:idpat:sgtin:*.*.*              | urn:epc:id:sgtin:0614141.112345.400                         | true
            urn:epc:idpat:sgtin:0614141.112345.400 | urn:epc:id:sgtin:0614141.112345.400                         | true
            urn:epc:idpat:sgtin:0614141.112345.*   | urn:epc:id:sgtin:0614141.112346.400                         | false
            urn:epc:idpat:sgtin:0614141.*.*        | urn:epc:id:sgtin:0614142.112345.400                         | false
            urn:epc:idpat:sgtin:0614141.*.*        | urn:epc:id:sscc:0614141.1234567890                          | false
            urn:epc:idpat:sscc:0614141.*           | urn:epc:id:sscc:0614141.1234567890                          | true
            urn:epc:idpat:sgln:0614141.00001.*     | urn:epc:id:sgln:0614141.00001.12                            | true
            urn:epc:idpat:sgtin:0614141.112345.*   | https://id.gs1.org/01/10614141123459/21/400                 | true
            urn:epc:idpat:sgtin:0614141.*.*        | https://example.com/01/10614141123459/21/400?17=261231      | true
            urn:epc:idpat:sgtin:0614141.112345.400 | https://id.gs1.org/01/10614141123459/21/400                 | true
            urn:epc:idpat:sgtin:0614141.112345.401 | https://id.gs1.org/01/10614141123459/21/400                 | false
            urn:epc:idpat:sgtin:061414.*.*         | https://id.gs1.org/01/10614141123459/21/400                 | true
            urn:epc:idpat:sgtin:061415.*.*         | https://id.gs1.org/01/10614141123459/21/400                 | false
            urn:epc:idpat:sgtin:*.*.*              | https://id.gs1.org/00/106141411234567897                    | false
            urn:epc:idpat:sscc:*.*                 | https://id.gs1.org/00/106141411234567897                    | true
            urn:epc:idpat:sgtin:0614141.112345.*   | urn:epc:class:lgtin:0614141.112345.LOT7                     | true
            urn:epc:idpat:sgtin:0614141.112345.*   | urn:epc:idpat:sgtin:0614141.112345.*                        | true
            urn:epc:idpat:sgtin:0614141.112345.*   | https://id.gs1.org/01/10614141123459/10/LOT7                | true
            urn:epc:idpat:sgtin:0614141.112345.*   | https://id.gs1.org/01/10614141123459                        | true
            urn:epc:idpat:sgtin:0614141.112345.400 | urn:epc:class:lgtin:0614141.112345.400                      | false
            urn:epc:idpat:grai:4012345.66666.*     | https://id.gs1.org/8003/0401234566666387                    | true
            urn:epc:idpat:giai:4012345.*           | https://id.gs1.org/8004/4012345AAbb                         | true
            urn:epc:idpat:sgtin:0614141.112345.*   | not an epc                                                  | false
            """)
    void matches_urnsAndDigitalLinks(String pattern, String epc, boolean expected) {
        assertThat(EpcPattern.matches(pattern, epc)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:epc:idpat:sgtin:0614141.*.400", "urn:epc:idpat:sgtin:0614141.*", "urn:epc:id:sgtin:0614141.1.2",
        "urn:epc:idpat:gid:1.2.*", "urn:epc:idpat:sgtin:06*.1.*"})
    void isPattern_malformed(String pattern) {
        assertThat(EpcPattern.isPattern(pattern)).isFalse();
        assertThatThrownBy(() -> EpcPattern.matches(pattern, "urn:epc:id:sgtin:0614141.112345.400"))
                .isInstanceOf(Gs1Exception.class);
    }
}
