package org.bricshub.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationIdentifiersTest {

    @Test
    void all_loadsEveryAiOfTheDictionary() {
        // 541 = every line of the bundled dictionary, ranges such as 3100-3105 expanded
        assertThat(ApplicationIdentifiers.all()).hasSize(541);
        assertThat(ApplicationIdentifiers.all().stream().filter(ApplicationIdentifier::primaryKey).map(ApplicationIdentifier::code))
                .containsExactly("00", "01", "253", "255", "401", "402", "414", "415", "417",
                        "8003", "8004", "8006", "8010", "8013", "8017", "8018");
        assertThat(ApplicationIdentifiers.find("3103")).isPresent();
        assertThat(ApplicationIdentifiers.find("99")).isPresent();
        assertThat(ApplicationIdentifiers.find("3106")).isEmpty();
    }

    @Test
    void get_gtinAttributes() {
        ApplicationIdentifier gtin = ApplicationIdentifiers.get("01");
        assertThat(gtin.title()).isEqualTo("GTIN");
        assertThat(gtin.primaryKey()).isTrue();
        assertThat(gtin.predefinedLength()).isTrue();
        assertThat(gtin.dataAttribute()).isTrue();
        assertThat(gtin.qualifierSequences()).containsExactly(List.of("22", "10", "21"), List.of("235"));
        assertThat(gtin.excludes()).containsExactly("255", "37");
        assertThat(gtin.components()).singleElement().satisfies(c -> {
            assertThat(c.characterSet()).isEqualTo(ApplicationIdentifier.CharacterSet.NUMERIC);
            assertThat(c.fixedLength()).isTrue();
            assertThat(c.linters()).containsExactly("csum", "gcppos2");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            414  | 254;7040
            8006 | 22,10,21
            8010 | 8011
            415  | 8020
            8017 | 8019
            00   |
            """)
    void get_qualifierSequences(String ai, String sequences) {
        List<List<String>> expected = sequences == null ? List.of()
                : java.util.Arrays.stream(sequences.split(";")).map(s -> List.of(s.split(","))).toList();
        assertThat(ApplicationIdentifiers.get(ai).qualifierSequences()).isEqualTo(expected);
        assertThat(ApplicationIdentifiers.get(ai).primaryKey()).isTrue();
    }

    @Test
    void get_optionalComponentsAndLengths() {
        ApplicationIdentifier gdti = ApplicationIdentifiers.get("253");
        assertThat(gdti.minLength()).isEqualTo(13);
        assertThat(gdti.maxLength()).isEqualTo(30);
        assertThat(gdti.components().get(1).optional()).isTrue();
        assertThat(ApplicationIdentifiers.get("10").fixedLength()).isFalse();
        assertThat(ApplicationIdentifiers.get("21").dataAttribute()).isFalse();
    }

    @Test
    void get_unknownAi() {
        assertThatThrownBy(() -> ApplicationIdentifiers.get("3106")).isInstanceOfSatisfying(Gs1Exception.class,
                e -> assertThat(e.rule()).isEqualTo(Gs1Exception.Rule.UNKNOWN_AI));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            01   | 09520123456788
            01   | 04012345123456
            00   | 106141411234567897
            10   | !"%&'()*+,-./:;<=>?_
            17   | 261231
            11   | 260200
            7007 | 260101261231
            8013 | 1987654Ad4X4bL5ttr2310c2K
            8010 | 9520123#-/AB
            8006 | 095201234567880102
            422  | 156
            4307 | ZA
            3912 | 986100
            8007 | GB82WEST12345698765432
            4309 | 17912345670179123456
            8030 | AbC-_=
            253  | 9520123456788
            253  | 9520123456788ABC
            8008 | 26010112
            8008 | 260101123059
            7240 | X
            """)
    void validate_validValues(String ai, String value) {
        ApplicationIdentifiers.validate(ai, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            01   | 09520123456789               | CHECK_DIGIT  | check digit
            01   | 0952012345678                | LENGTH       | exactly 14
            01   | 0952012345678A               | CHARACTER_SET| numeric
            10   | ABC~                         | CHARACTER_SET| AI-82
            10   | 123456789012345678901        | LENGTH       | 1 to 20
            8010 | 9520123ab                    | CHARACTER_SET| AI-39
            8030 | Ab+c                         | CHARACTER_SET| AI-64
            17   | 261331                       | DATE         | yymmd0
            17   | 260230                       | DATE         | valid date
            11   | 261300                       | DATE         | valid date
            8008 | 26010125                     | DATE         | hour
            8013 | 1987654Ad4X4bL5ttr2310c2J    | CHECK_DIGIT  | mod 1021
            422  | 999                          | CONTENT      | ISO 3166
            3912 | 001100                       | CONTENT      | ISO 4217
            4307 | XX                           | CONTENT      | alpha-2
            8006 | 095201234567880302           | CONTENT      | piece 3 of total 2
            8007 | GB82WEST12345698765433       | CHECK_DIGIT  | IBAN
            4321 | 2                            | CONTENT      | yes/no
            8011 | 0123                         | CONTENT      | start with 0
            4300 | 100%2                        | SYNTAX       | percent
            8014 | 100096                       | CONTENT      | non-digit
            """)
    void validate_invalidValuesNameTheRule(String ai, String value, Gs1Exception.Rule rule, String words) {
        assertThatThrownBy(() -> ApplicationIdentifiers.validate(ai, value)).isInstanceOfSatisfying(Gs1Exception.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.ai()).isEqualTo(ai);
            assertThat(e.getMessage()).contains("AI (" + ai + ")").contains(words);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"(01)09520123456788(10)A(21)1(17)261231", "(00)106141411234567897(02)09520123456788(37)12",
        "(01)09520123456788(3103)000250(3922)1250", "(414)9520123456788(254)1", "(255)9520123456788(3900)100"})
    void checkAssociations_validPairings(String elementString) {
        ApplicationIdentifiers.checkAssociations(ElementStrings.parse(elementString));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (21)12                                            | 21   | needs one of
            (00)106141411234567897(02)09520123456788          | 02   | needs one of 37
            (01)09520123456788(02)09520123456788(37)1         | 01   | must not appear with (37)
            (01)09520123456788(3103)000250(3102)000250        | 3103 | must not appear with (3102)
            (255)9520123456788(3900)100(8111)0100             | 3900 | must not appear with (8111)
            (01)09520123456788(3922)1250                      | 3922 | 01+30
            """)
    void checkAssociations_brokenPairings(String elementString, String ai, String words) {
        assertThatThrownBy(() -> ApplicationIdentifiers.checkAssociations(ElementStrings.parse(elementString)))
                .isInstanceOfSatisfying(Gs1Exception.class, e -> {
                    assertThat(e.rule()).isEqualTo(Gs1Exception.Rule.ASSOCIATION);
                    assertThat(e.ai()).isEqualTo(ai);
                    assertThat(e.getMessage()).contains(words);
                });
    }

    @ParameterizedTest
    @CsvSource({"NUMERIC, 10", "AI_82, 82", "AI_39, 39", "AI_64, 65"})
    void characterSet_alphabetMatchesContains(ApplicationIdentifier.CharacterSet set, int size) {
        assertThat(set.alphabet()).hasSize(size);
        for (char c = 0; c < 128; c++) {
            assertThat(set.contains(c)).as("'%s' in %s", c, set).isEqualTo(set.alphabet().indexOf(c) >= 0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"22", "10", "21", "235", "254", "7040", "8011", "8019", "8020"})
    void isQualifier_qualifierAis(String ai) {
        assertThat(ApplicationIdentifiers.isQualifier(ai)).isTrue();
    }

    @Test
    void isQualifier_otherAis() {
        assertThat(ApplicationIdentifiers.isQualifier("17")).isFalse();
        assertThat(ApplicationIdentifiers.isQualifier("01")).isFalse();
    }
}
