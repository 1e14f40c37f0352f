package org.bricshub.platform.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.Organisation;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.org.OrganisationStore;

/**
 * On the first start of a platform (no operator organisation yet) creates the operator organisation and its first
 * admin key, and writes the key to {@code DATA/admin.key} readable by the owner only. The key itself is never
 * printed or logged; only the file's path is.
 */
public final class AdminBootstrap {
    public static final String KEY_FILE = "admin.key";

    private AdminBootstrap() {
    }

    /** @return the key file when this call created the operator, empty when the platform was already set up */
    public static Optional<Path> run(DataSource dataSource, Clock clock, Path dataDir, String operatorName,
                                     String operatorCountry) {
        OrganisationStore organisations = new OrganisationStore(dataSource);
        AuditLog audit = new AuditLog(dataSource);
        Path keyFile = dataDir.resolve(KEY_FILE);
        Instant now = clock.instant();
        boolean[] written = {false};
        try {
            return Transaction.run(dataSource, c -> {
                try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(hashtext('bootstrap'))")) {
                    lock.execute();
                }
                if (organisations.firstOfKind(c, OrganisationKind.OPERATOR).isPresent()) {
                    return Optional.empty();
                }
                Organisation operator = organisations.create(c,
                        new NewOrganisation(operatorName, operatorCountry, OrganisationKind.OPERATOR, List.of()), now);
                IssuedKey key = new ApiKeyStore().issue(c, operator.id(), Role.ADMIN, null, now, null);
                audit.record(c, now, null, null, "platform.bootstrap", "organisation/" + operator.id(),
                        Map.of("adminKeyId", key.key().id()));
                writeOwnerOnly(keyFile, key.secret()); // before commit: a failed write leaves no unusable admin
                written[0] = true;
                return Optional.of(keyFile);
            });
        } catch (RuntimeException e) {
            if (written[0]) { // the commit failed after the write: the key in the file does not exist
                deleteQuietly(keyFile, e);
            }
            throw e;
        }
    }

    private static void writeOwnerOnly(Path file, String secret) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), KEY_FILE, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, secret + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file, RuntimeException cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
