package org.bricshub.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bricshub.platform.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class NewOrganisationTest {
    @Test
    void new_valid_stripsName() {
        NewOrganisation o = new NewOrganisation("  Anxi Tea Co. ", "CN", OrganisationKind.BRAND_OWNER, List.of("6901234"));
        assertThat(o.name()).isEqualTo("Anxi Tea Co.");
    }

    @Test
    void new_lowerCaseCountry_isRefused() {
        assertThatThrownBy(() -> new NewOrganisation("A", "cn", OrganisationKind.CUSTOMS, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("country:");
    }

    @Test
    void new_prefixWithLetters_namesIndex() {
        assertThatThrownBy(() -> new NewOrganisation("A", "BR", OrganisationKind.LOGISTICS, List.of("7891", "78x2")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("prefixes/1:");
    }

    @Test
    void new_overlappingPrefixes_isRefused() {
        assertThatThrownBy(() -> new NewOrganisation("A", "BR", OrganisationKind.LOGISTICS, List.of("78912", "789123")))
                .hasMessageContaining("overlaps");
    }

    @Test
    void parseKind_unknown_listsAccepted() {
        assertThatThrownBy(() -> OrganisationKind.parse("kind", "farmer"))
                .hasMessageContaining("brand_owner").hasMessageContaining("research_institution");
    }
}
