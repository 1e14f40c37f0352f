package org.bricshub.capture;

import java.nio.file.Path;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.org.OrganisationKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test classes that extend this get one repository ({@link RepositoryFixture}) for the class, started before their
 * own {@code @BeforeAll} methods, with three organisations holding admin keys: {@code tea} (a brand owner of prefix
 * 0614141), {@code other} (a brand owner of 0099999) and the platform {@code operator}. The fields are static, set
 * again for each class: test classes run one after another (no parallel execution is configured).
 */
abstract class RepositoryWithOrganisations {
    @TempDir static Path dir;
    static RepositoryFixture f;
    static Principal tea;
    static Principal other;
    static Principal operator;

    @BeforeAll
    static void startRepository() {
        f = new RepositoryFixture(dir);
        tea = f.principal("Anxi Tea", OrganisationKind.BRAND_OWNER, "0614141");
        other = f.principal("Other", OrganisationKind.BRAND_OWNER, "0099999");
        operator = f.principal("Operator", OrganisationKind.OPERATOR, "999999999");
    }

    @AfterAll
    static void stopRepository() {
        f.close();
    }
}
