package org.bricshub.trace;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.gs1.Gs1Exception;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.ForbiddenException;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;

/**
 * The Product Code service: products and locations, batches of serialised codes, their output and genuine checks.
 *
 * <p>Writes are allowed to keys with role owner or admin of the organisation that owns the GS1 company prefix
 * (and to platform admins); codes of a batch are readable by any key of that organisation.
 */
public final class ProductCodes {
    private final DataSource db;
    private final Clock clock;
    private final SerialKeys keys;
    private final String stem;
    private final long maxCodesPerBatch;
    private final AuditLog audit;
    private final MasterDataStore masterData = new MasterDataStore();
    private final BatchStore batches = new BatchStore();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param publicUrl the server's public base URL; codes carry {@code publicUrl/01/{gtin}/10/{lot}/21/{serial}}
     * @param maxCodesPerBatch the largest count one batch may have
     */
    public ProductCodes(DataSource db, Clock clock, SerialKeys keys, URI publicUrl, long maxCodesPerBatch) {
        this.db = db;
        this.clock = clock;
        this.keys = keys;
        this.stem = publicUrl.toString().replaceAll("/+$", "");
        this.maxCodesPerBatch = maxCodesPerBatch;
        this.audit = new AuditLog(db);
    }

    /**
     * Registers a product for the organisation owning the GTIN's company prefix.
     *
     * @throws InvalidInputException (gtin) when the GTIN is under none of the caller's prefixes
     * @throws DuplicateException when the GTIN is already registered
     */
    public Product createProduct(Principal caller, NewProduct product) {
        requireWriterRole(caller);
        return Transaction.run(db, c -> {
            long owner = ownerForNewKey(c, caller, "gtin", product.gtin().value().substring(1));
            Product created = new Product(owner, product, clock.instant());
            if (!masterData.insert(c, created)) {
                throw new DuplicateException("gtin", "must be new: " + created.gtin() + " is already registered");
            }
            audit.record(c, created.createdAt(), caller.keyId(), caller.orgId(), "product.create", created.gtin(), Map.of());
            return created;
        });
    }

    /** @throws NotFoundException if the GTIN is not registered */
    public Product product(String gtin) {
        String value = Gs1Input.gtin("gtin", gtin).value();
        return Transaction.run(db, c -> masterData.product(c, value))
                .orElseThrow(() -> new NotFoundException("no product with GTIN " + value));
    }

    /** Registers a location for the organisation owning the GLN's company prefix. */
    public Location createLocation(Principal caller, NewLocation location) {
        requireWriterRole(caller);
        return Transaction.run(db, c -> {
            long owner = ownerForNewKey(c, caller, "gln", location.gln().value());
            Location created = new Location(owner, location, clock.instant());
            if (!masterData.insert(c, created)) {
                throw new DuplicateException("gln", "must be new: " + created.gln() + " is already registered");
            }
            audit.record(c, created.createdAt(), caller.keyId(), caller.orgId(), "location.create", created.gln(), Map.of());
            return created;
        });
    }

    /** @throws NotFoundException if the GLN is not registered */
    public Location location(String gln) {
        String value = Gs1Input.gln("gln", gln).value();
        return Transaction.run(db, c -> masterData.location(c, value))
                .orElseThrow(() -> new NotFoundException("no location with GLN " + value));
    }

    /**
     * Issues a batch in one transaction: one row for FF1 serials, or one row per imported serial. A failure
     * leaves nothing behind.
     *
     * @throws InvalidInputException (count) above the configured limit
     * @throws DuplicateException (lot) when the product already has this lot, or an imported serial repeats
     */
    /**
     * Counts, in this JVM, the writes that can change a genuine check's answer (batches issued, code states
     * changed), each counted once committed: a cache of checks stamped with it is current while it stands still.
     */
    public long changes() {
        return changes.get();
    }

    public Batch issueBatch(Principal caller, String gtin, NewBatch batch) {
        if (batch.count() > maxCodesPerBatch) {
            throw new InvalidInputException("count", "must be at most " + maxCodesPerBatch + " (setting trace.batch.max.codes)");
        }
        Product product = product(gtin);
        requireWriter(caller, product.orgId());
        Batch issued = Transaction.run(db, c -> {
            byte[] salt = SerialKeys.newSalt();
            long id = batches.insert(c, product.gtin(), batch, salt, clock.instant()).orElseThrow(() ->
                    new DuplicateException("lot", "must be new: product " + product.gtin() + " already has lot " + batch.lot()));
            if (batch.imported() && batches.insertSerials(c, id, batch.importedSerials()) != batch.count()) {
                throw new DuplicateException("serials", "must not repeat a serial");
            }
            audit.record(c, clock.instant(), caller.keyId(), caller.orgId(), "batch.issue",
                    product.gtin() + "/" + batch.lot(), Map.of("count", batch.count(), "imported", batch.imported()));
            return batch(c, product.gtin(), batch.lot()).orElseThrow();
        });
        changes.incrementAndGet();
        return issued;
    }

    /** @throws NotFoundException if the product has no such lot */
    public Batch batch(String gtin, String lot) {
        String value = Gs1Input.gtin("gtin", gtin).value();
        return Transaction.run(db, c -> batch(c, value, lot))
                .orElseThrow(() -> new NotFoundException("product " + value + " has no lot " + lot));
    }

    /**
     * The codes of items {@code from .. from+count-1} of a batch, for a key of the owning organisation.
     *
     * @throws InvalidInputException (from, count) outside the batch
     */
    public CodeStream codes(Principal caller, String gtin, String lot, long from, Optional<Long> count) {
        Product product = product(gtin);
        if (!caller.isPlatformAdmin() && caller.orgId() != product.orgId()) {
            throw new ForbiddenException("only keys of organisation " + product.orgId() + " may read its codes");
        }
        BatchStore.StoredBatch stored = Transaction.run(db, c -> batches.find(c, product.gtin(), lot))
                .orElseThrow(() -> new NotFoundException("product " + product.gtin() + " has no lot " + lot));
        if (from < 0 || from >= stored.count()) {
            throw new InvalidInputException("from", "must be between 0 and " + (stored.count() - 1));
        }
        long n = count.orElse(stored.count() - from);
        if (n < 1 || n > stored.count() - from) {
            throw new InvalidInputException("count", "must be between 1 and " + (stored.count() - from));
        }
        return new CodeStream(toBatch(stored), stem, serials(stored), from, n);
    }

    /**
     * Checks a code: genuine when its batch exists and its serial decrypts to an item index below the batch's
     * count (FF1) or is on the imported list.
     *
     * @throws InvalidInputException (uri) when the URI is not a GS1 Digital Link with GTIN, lot and serial
     */
    public CodeCheck check(String uri) {
        Gs1Input.required("uri", uri);
        DigitalLink link;
        try {
            link = DigitalLink.parse(uri);
        } catch (Gs1Exception e) {
            throw new InvalidInputException("uri", e.getMessage());
        }
        String gtin = link.value("01").orElseThrow(() -> new InvalidInputException("uri", "must carry a GTIN (01)"));
        return check(gtin, link.value("10"), link.value("21"));
    }

    /** {@link #check(String)} of a code already parsed (the scan writer's path). */
    CodeCheck check(String gtin, Optional<String> lot, Optional<String> serial) {
        if (lot.isEmpty() || serial.isEmpty()) {
            return new CodeCheck(false, gtin, lot, serial, Optional.empty());
        }
        return Transaction.run(db, c -> {
            Optional<BatchStore.BatchWithState> found = batches.findWithState(c, gtin, lot.get(), serial.get());
            if (found.isEmpty() || !isIssued(c, found.get().batch(), serial.get())) {
                return new CodeCheck(false, gtin, lot, serial, Optional.empty());
            }
            return new CodeCheck(true, gtin, lot, serial, Optional.of(found.get().state().orElse(CodeState.COMMISSIONED)));
        });
    }

    /**
     * Records that a genuine code changed state (only such codes get a row).
     *
     * @throws InvalidInputException (uri) when the code is not genuine
     */
    public CodeCheck changeState(Principal caller, String uri, CodeState state) {
        CodeCheck check = check(uri);
        if (!check.genuine()) {
            throw new InvalidInputException("uri", "is not a genuine code of this platform");
        }
        requireWriter(caller, product(check.gtin()).orgId());
        Transaction.run(db, c -> {
            long batchId = batches.find(c, check.gtin(), check.lot().orElseThrow()).orElseThrow().id();
            batches.setState(c, batchId, check.serial().orElseThrow(), state, clock.instant());
            return null;
        });
        changes.incrementAndGet();
        return new CodeCheck(true, check.gtin(), check.lot(), check.serial(), Optional.of(state));
    }

    private boolean isIssued(Connection c, BatchStore.StoredBatch b, String serial) throws SQLException {
        if (b.format().isEmpty()) {
            return batches.hasImportedSerial(c, b.id(), serial);
        }
        SerialFormat format = b.format().get();
        long value = format.read(serial);
        return value >= 0 && new Ff1(keys.batchKey(b.salt()), format.radix(), format.length()).decrypt(value) < b.count();
    }

    private CodeStream.Serials serials(BatchStore.StoredBatch b) {
        if (b.format().isPresent()) {
            return new CodeStream.Encrypted(keys.batchKey(b.salt()), b.format().get());
        }
        return new CodeStream.Imported((from, count, sink) -> Transaction.run(db, c -> {
            batches.importedSerials(c, b.id(), from, count, sink);
            return null;
        }));
    }

    private Optional<Batch> batch(Connection c, String gtin, String lot) throws SQLException {
        return batches.find(c, gtin, lot).map(this::toBatch);
    }

    private Batch toBatch(BatchStore.StoredBatch b) {
        String template = CodeStream.uri(stem, b.gtin(), b.lot(), "0");
        template = template.substring(0, template.length() - 1) + "{serial}";
        return new Batch(b.id(), b.gtin(), b.lot(), b.count(), b.expiry(), b.productionDate(), b.format(), template,
                b.createdAt());
    }

    /** The organisation that will own a new GTIN/GLN: the caller's, which must hold the key's company prefix. */
    private long ownerForNewKey(Connection c, Principal caller, String field, String digits) throws SQLException {
        Optional<Long> owner = masterData.prefixOwner(c, digits);
        if (owner.isEmpty() || !(caller.isPlatformAdmin() || owner.get() == caller.orgId())) {
            throw new InvalidInputException(field, caller.isPlatformAdmin()
                    ? "must start with a GS1 company prefix registered on this platform"
                    : "must start with a GS1 company prefix of organisation " + caller.orgId());
        }
        return owner.get();
    }

    private static void requireWriterRole(Principal caller) {
        if (!caller.isPlatformAdmin() && caller.role() != Role.OWNER && caller.role() != Role.ADMIN) {
            throw new ForbiddenException("key " + caller.keyId() + " has role " + caller.role()
                    + "; only owner or admin keys may change products, locations and batches");
        }
    }

    private static void requireWriter(Principal caller, long ownerOrg) {
        requireWriterRole(caller);
        if (!caller.isPlatformAdmin() && caller.orgId() != ownerOrg) {
            throw new ForbiddenException("only owner or admin keys of organisation " + ownerOrg + " may do this");
        }
    }
}
