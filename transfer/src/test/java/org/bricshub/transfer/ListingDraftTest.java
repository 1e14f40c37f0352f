package org.bricshub.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bricshub.platform.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class ListingDraftTest {
    private static ListingDraft draft(String title, String summary, String trl, List<String> deals, String country,
                                      List<String> keywords) {
        return new ListingDraft("offer", "en", title, summary, "", "", "", "", keywords, trl, "energy",
                List.of("H01L 31/04"), deals, List.of(), "", "", country, "Institute");
    }

    @Test
    void violations_namesEveryBrokenFieldAtOnce() {
        ListingDraft d = draft("<script>alert(1)</script>", "", "12", List.of(), "cn",
                List.of("solar", "x".repeat(61)));
        assertThat(d.violations()).containsOnlyKeys("summary", "trl", "dealTypes", "country", "keywords")
                .containsEntry("summary", "is required")
                .containsEntry("trl", "must be a technology readiness level from 1 to 9")
                .containsEntry("keywords", "at most 60 characters");
    }

    @Test
    void violations_noneForAValidDraftWhichBecomesTheInputAsGiven() {
        ListingDraft d = draft("<b>Solar</b> cell", "Efficient", " 7 ", List.of("licence", "sale"), "CN",
                List.of("solar"));
        assertThat(d.violations()).isEmpty();
        ListingInput in = d.toInput();
        assertThat(in.text().title()).isEqualTo("<b>Solar</b> cell");
        assertThat(in.trl()).isEqualTo(7);
        assertThat(in.dealTypes()).containsExactly(DealType.LICENCE, DealType.SALE);
    }

    @Test
    void toInput_failsOnTheFirstBrokenField() {
        assertThatThrownBy(() -> draft("t", "s", "nine", List.of("licence"), "CN", List.of()).toInput())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("trl"));
        assertThat(draft("t", "s", "5", List.of("barter"), "CN", null).violations())
                .containsOnlyKeys("dealTypes");
    }
}
