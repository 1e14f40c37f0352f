package org.bricshub.transfer;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.bricshub.i18n.Language;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.org.OrganisationKind;

/** Organisations, keys and listings for tests. */
final class Fixtures {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Fixtures() {
    }

    /** A new organisation with one key of {@code role}, as the principal that key authenticates to. */
    static Principal principal(DataSource db, OrganisationKind kind, Role role) {
        return Transaction.run(db, c -> {
            long org = insert(c, "insert into organisations (name, country, kind, created_at) values ('Org', 'CN', '"
                    + kind.wireName() + "', now()) returning id", null);
            byte[] hash = new byte[32];
            RANDOM.nextBytes(hash);
            long key = insert(c, "insert into api_keys (org_id, role, key_hash, created_at) values (" + org + ", '"
                    + role.wireName() + "', ?, now()) returning id", hash);
            return new Principal(key, org, kind, role);
        });
    }

    private static long insert(Connection c, String sql, byte[] hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (hash != null) {
                s.setBytes(1, hash);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static ListingText text(String title, String summary) {
        return new ListingText(title, summary, "", "", "", "", List.of());
    }

    static ListingInput input(ListingType type, Language language, String title, String summary, String... ipc) {
        return new ListingInput(type, language, 5, TechnologyField.ENERGY, List.of(ipc), List.of(DealType.LICENCE),
                List.of(), "", "", "CN", "Institute", text(title, summary));
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
