package org.bricshub.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.org.OrganisationKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransferAccessTest {
    @ParameterizedTest
    @CsvSource({
            "OPERATOR, ADMIN, true",
            "OPERATOR, OPERATOR, true",
            "OPERATOR, OWNER, true",
            "OPERATOR, READER, false",
            "OPERATOR, AUDITOR, false",
            "RESEARCH_INSTITUTION, OPERATOR, true",
            "RESEARCH_INSTITUTION, ADMIN, false",
            "BRAND_OWNER, OWNER, false"})
    void isModerator_byOrganisationKindAndRole(OrganisationKind kind, Role role, boolean moderator) {
        assertThat(TransferAccess.isModerator(new Principal(1, 1, kind, role))).isEqualTo(moderator);
    }
}
