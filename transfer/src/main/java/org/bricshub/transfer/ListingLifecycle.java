package org.bricshub.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.bricshub.i18n.Language;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.ConflictException;
import org.bricshub.platform.problem.NotFoundException;

/**
 * Changes to listings: each runs in one database transaction and is then applied to the index and committed with the
 * new revision, all under one lock, so the index's recorded revision never runs ahead of what it holds.
 */
final class ListingLifecycle {
    static final Duration PUBLICATION = Duration.ofDays(365);
    private final DataSource db;
    private final Clock clock;
    private final ListingStore store;
    private final ListingIndex index;
    private final AuditLog audit;
    private final Object writeLock = new Object();

    ListingLifecycle(DataSource db, Clock clock, ListingStore store, ListingIndex index, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.store = store;
        this.index = index;
        this.audit = audit;
    }

    Listing create(Principal p, ListingInput in, boolean draft) {
        TransferAccess.requireWriter(p);
        ListingStatus status = draft ? ListingStatus.DRAFT : ListingStatus.REVIEW;
        return write(p, "transfer.listing.create", c -> store.insert(c, p.orgId(), in, status, clock.instant()));
    }

    /** Edits return a published or expired listing to review: the operator moderates every published text. */
    Listing update(Principal p, long id, ListingInput in) {
        return write(p, "transfer.listing.update", c -> {
            Listing l = editable(p, c, id);
            store.update(c, id, in, afterEdit(l.status()), clock.instant());
            return id;
        });
    }

    Listing putVersion(Principal p, long id, Language language, ListingText text) {
        return edit(p, id, "transfer.listing.version", (c, l) -> {
            if (language == l.facts().language()) {
                throw new ConflictException("listing " + id + " is written in " + language.tag()
                        + "; edit the listing itself to change its original text");
            }
            store.putVersion(c, id, language, text, clock.instant());
        });
    }

    /** An owner's change beside the facts (a version, an attachment); it returns a published listing to review. */
    Listing edit(Principal p, long id, String action, Edit edit) {
        return write(p, action, c -> {
            Listing l = editable(p, c, id);
            edit.apply(c, l);
            if (afterEdit(l.status()) != l.status()) {
                store.setStatus(c, id, afterEdit(l.status()), l.moderationNote(), clock.instant(), null, null);
            }
            return id;
        });
    }

    /** Work on a listing inside the transaction of an {@link #edit}. */
    @FunctionalInterface
    interface Edit {
        void apply(Connection c, Listing current) throws SQLException;
    }

    /**
     * Stores machine translations of a listing, leaving the owner's versions alone; the status stays, as the
     * translations say what the moderated original says. Nothing is stored when the listing changed since revision
     * {@code translatedRevision} (the text translated is no longer the text). Returns the listing as it is afterwards.
     */
    Listing putMachineVersions(long id, long translatedRevision, Map<Language, ListingText> texts, String engine) {
        synchronized (writeLock) {
            Listing changed = Transaction.run(db, c -> {
                Listing current = store.find(c, id).orElseThrow(() -> new NotFoundException("no listing " + id));
                if (current.revision() != translatedRevision) {
                    throw new ConflictException("listing " + id + " changed while it was being translated");
                }
                for (Map.Entry<Language, ListingText> t : texts.entrySet()) {
                    store.putMachineVersion(c, id, t.getKey(), t.getValue(), engine, clock.instant());
                }
                return store.find(c, id).orElseThrow(() -> new NotFoundException("no listing " + id));
            });
            apply(changed);
            return changed;
        }
    }

    /** Moves a listing along its life cycle; {@code action} names the step for the audit trail and errors. */
    Listing transition(Principal p, long id, Step step, String note) {
        return write(p, "transfer.listing." + step.name().toLowerCase(java.util.Locale.ROOT), c -> {
            Listing l = store.find(c, id).orElseThrow(() -> new NotFoundException("no listing " + id));
            if (step.moderated()) {
                TransferAccess.requireModerator(p);
            } else {
                TransferAccess.requireOwner(p, l);
            }
            if (!step.from().contains(l.status())) {
                throw new ConflictException("listing " + id + " is " + l.status().wireName() + "; "
                        + step.name().toLowerCase(java.util.Locale.ROOT) + " needs one of " + step.from());
            }
            Instant now = clock.instant();
            boolean publishes = step.to() == ListingStatus.PUBLISHED;
            store.setStatus(c, id, step.to(), note == null ? "" : note, now, publishes ? now : null,
                    publishes ? now.plus(PUBLICATION) : null);
            return id;
        });
    }

    /** The steps of the life cycle, who takes them (owner or moderator) and from which states. */
    enum Step {
        SUBMIT(false, Set.of(ListingStatus.DRAFT), ListingStatus.REVIEW),
        APPROVE(true, Set.of(ListingStatus.REVIEW), ListingStatus.PUBLISHED),
        REJECT(true, Set.of(ListingStatus.REVIEW), ListingStatus.DRAFT),
        WITHDRAW(false, Set.of(ListingStatus.DRAFT, ListingStatus.REVIEW, ListingStatus.PUBLISHED,
                ListingStatus.EXPIRED), ListingStatus.WITHDRAWN),
        CONCLUDE(false, Set.of(ListingStatus.PUBLISHED, ListingStatus.EXPIRED), ListingStatus.CONCLUDED),
        RENEW(false, Set.of(ListingStatus.PUBLISHED, ListingStatus.EXPIRED), ListingStatus.PUBLISHED);

        private final boolean moderated;
        private final Set<ListingStatus> from;
        private final ListingStatus to;

        Step(boolean moderated, Set<ListingStatus> from, ListingStatus to) {
            this.moderated = moderated;
            this.from = from;
            this.to = to;
        }

        boolean moderated() {
            return moderated;
        }

        Set<ListingStatus> from() {
            return from;
        }

        ListingStatus to() {
            return to;
        }
    }

    /** Expires published listings whose year has passed; returns how many. */
    int expireDue() {
        synchronized (writeLock) {
            List<Long> due = Transaction.run(db, c -> store.dueToExpire(c, clock.instant()));
            for (long id : due) {
                apply(Transaction.run(db, c -> {
                    store.setStatus(c, id, ListingStatus.EXPIRED, "", clock.instant(), null, null);
                    return store.find(c, id).orElseThrow();
                }));
            }
            return due.size();
        }
    }

    /** Rebuilds the index from the published listings in the database; returns how many it holds. */
    long rebuild() {
        synchronized (writeLock) {
            long revision = Transaction.run(db, c -> store.census(c).revision());
            index.deleteAll();
            long after = 0;
            long count = 0;
            while (true) {
                long from = after;
                List<Listing> page = Transaction.run(db, c -> store.publishedAfter(c, from, 1_000));
                if (page.isEmpty()) {
                    break;
                }
                index.addAll(page);
                count += page.size();
                after = page.get(page.size() - 1).id();
            }
            index.commit(revision);
            return count;
        }
    }

    /** Whether the index holds what the database says it should: same published count and highest revision. */
    boolean indexAgrees() {
        ListingStore.Census census = Transaction.run(db, store::census);
        return census.revision() == index.committedRevision() && census.published() == index.count();
    }

    private static ListingStatus afterEdit(ListingStatus s) {
        return s == ListingStatus.PUBLISHED || s == ListingStatus.EXPIRED ? ListingStatus.REVIEW : s;
    }

    private Listing editable(Principal p, Connection c, long id) throws SQLException {
        Listing l = store.find(c, id).orElseThrow(() -> new NotFoundException("no listing " + id));
        TransferAccess.requireOwner(p, l);
        if (l.status() == ListingStatus.WITHDRAWN || l.status() == ListingStatus.CONCLUDED) {
            throw new ConflictException("listing " + id + " is " + l.status().wireName() + " and can no longer change");
        }
        return l;
    }

    private Listing write(Principal p, String action, Transaction.Work<Long> work) {
        synchronized (writeLock) {
            Listing changed = Transaction.run(db, c -> {
                long id = work.apply(c);
                Listing l = store.find(c, id).orElseThrow();
                audit.record(c, clock.instant(), p.keyId(), p.orgId(), action, "transfer-listing/" + id,
                        Map.of("status", l.status().wireName()));
                return l;
            });
            apply(changed);
            return changed;
        }
    }

    private void apply(Listing changed) {
        index.put(changed);
        index.commit(changed.revision());
    }
}
