package org.bricshub.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bricshub.i18n.Language;
import org.bricshub.platform.problem.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ListingInputTest {
    private static ListingInput withTrl(int trl) {
        return new ListingInput(ListingType.OFFER, Language.EN, trl, TechnologyField.ENERGY, List.of("H01L 31/04"),
                List.of(DealType.LICENCE), List.of("CN112345678A"), "", "", "CN", "Institute",
                Fixtures.text("Solar cell", "A perovskite solar cell"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10, -1})
    void constructor_readinessOutOfRange(int trl) {
        assertThatThrownBy(() -> withTrl(trl)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("trl"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 9})
    void constructor_readinessInRange(int trl) {
        assertThat(withTrl(trl).trl()).isEqualTo(trl);
    }

    @Test
    void constructor_titleMissing() {
        assertThatThrownBy(() -> Fixtures.text(" ", "summary")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void constructor_titleTooLong() {
        assertThatThrownBy(() -> Fixtures.text("x".repeat(201), "summary"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.rule()).contains("200");
                });
    }

    @Test
    void constructor_markupKeptAsGiven() {
        String title = "<script>alert(1)</script> <b>solar</b>";
        assertThat(Fixtures.text(title, "s").title()).isEqualTo(title);
    }

    @Test
    void constructor_badIpcClassNamesIndex() {
        assertThatThrownBy(() -> new ListingInput(ListingType.OFFER, Language.EN, 5, TechnologyField.ENERGY,
                List.of("H01L", "solar"), List.of(DealType.LICENCE), List.of(), "", "", "CN", "I",
                Fixtures.text("t", "s"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("ipc/1"));
    }

    @Test
    void constructor_noDealType() {
        assertThatThrownBy(() -> new ListingInput(ListingType.OFFER, Language.EN, 5, TechnologyField.ENERGY,
                List.of(), List.of(), List.of(), "", "", "CN", "I", Fixtures.text("t", "s")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("dealTypes"));
    }

    @Test
    void constructor_unknownCountry() {
        assertThatThrownBy(() -> new ListingInput(ListingType.OFFER, Language.EN, 5, TechnologyField.ENERGY,
                List.of(), List.of(DealType.SALE), List.of(), "", "", "cn", "I", Fixtures.text("t", "s")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("country"));
    }

    @Test
    void parse_unknownTypeNamesValues() {
        assertThatThrownBy(() -> ListingType.parse("type", "auction"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("must be one of offer, demand, rnd"));
    }
}
