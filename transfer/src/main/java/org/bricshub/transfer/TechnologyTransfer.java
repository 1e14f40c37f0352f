package org.bricshub.transfer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.TranslationMemory;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Technology Transfer marketplace: listings and their life cycle, multilingual search and cross-language
 * matching. The one entry point of this module; failures are the platform's problem exceptions (400 invalid input,
 * 403 forbidden, 404 not found, 409 conflict).
 */
public final class TechnologyTransfer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TechnologyTransfer.class);
    private final DataSource db;
    private final ListingStore store = new ListingStore();
    private final LanguageAnalyzers analyzers;
    private final ListingIndex index;
    private final ListingLifecycle lifecycle;
    private final ListingFinder finder;
    private final ListingMatcher matcher;
    private final Interests interests;
    private final Alerts alerts;
    private final Terminology terminology;
    private final ListingTranslator translator;
    private final ListingAttachments attachments;
    private final MachineTranslations machine;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "transfer-background");
        t.setDaemon(true);
        return t;
    });

    private TechnologyTransfer(DataSource db, Clock clock, Path indexFolder, TransferOptions options) {
        this.db = db;
        this.translator = new ListingTranslator(new TranslationMemory(), options.machineEngines());
        this.analyzers = new LanguageAnalyzers();
        this.terminology = Terminology.load(analyzers);
        this.index = ListingIndex.open(indexFolder, analyzers, new ListingDocuments(terminology));
        this.lifecycle = new ListingLifecycle(db, clock, store, index, new AuditLog(db));
        ListingSearch queries = new ListingSearch(analyzers, terminology);
        this.finder = new ListingFinder(index, queries, analyzers);
        this.matcher = new ListingMatcher(index, terminology);
        this.interests = new Interests(db, clock, store, new AuditLog(db));
        this.alerts = new Alerts(db, clock, index, queries, matcher);
        this.attachments = new ListingAttachments(db, clock, lifecycle, new AttachmentStore(), options.attachments());
        this.machine = new MachineTranslations(lifecycle, translator);
    }

    /**
     * Opens the marketplace over a migrated database with its index in {@code dataDir/transfer-index}; rebuilds the
     * index when it disagrees with the database (missing, behind, or holding a different number of listings), and
     * expires listings whose publication year has passed.
     */
    public static TechnologyTransfer open(DataSource db, Path dataDir, Clock clock) {
        return open(db, dataDir, clock, TransferOptions.defaults());
    }

    /**
     * As {@link #open(DataSource, Path, Clock)}, with attachment limits and machine-translation engines; the translation
     * memory learns the terminology and every version an owner wrote.
     */
    public static TechnologyTransfer open(DataSource db, Path dataDir, Clock clock, TransferOptions options) {
        TechnologyTransfer t = new TechnologyTransfer(db, clock, dataDir.resolve("transfer-index"), options);
        try {
            t.learnStoredTranslations();
            if (!t.lifecycle.indexAgrees()) {
                LOG.info("transfer search index differs from the database; rebuilding");
                long n = t.lifecycle.rebuild();
                LOG.info("transfer search index rebuilt with {} published listings", n);
            }
            t.lifecycle.expireDue();
            return t;
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
    }

    /** Creates a listing of the caller's organisation, in review (or a draft when {@code draft}). */
    public Listing create(Principal caller, ListingInput input, boolean draft) {
        return lifecycle.create(caller, input, draft);
    }

    private void learnStoredTranslations() {
        translator.learn(terminology);
        long after = 0;
        while (true) {
            long from = after;
            List<Listing> page = Transaction.run(db, c -> store.withOwnerVersionsAfter(c, from, 1_000));
            if (page.isEmpty()) {
                return;
            }
            page.forEach(translator::learn);
            after = page.get(page.size() - 1).id();
        }
    }

    /** Replaces a listing's facts and original text; a published listing returns to review. */
    public Listing update(Principal caller, long id, ListingInput input) {
        return lifecycle.update(caller, id, input);
    }

    /** Adds or replaces the version in another language; a published listing returns to review. */
    public Listing putVersion(Principal caller, long id, Language language, ListingText text) {
        Listing l = lifecycle.putVersion(caller, id, language, text);
        translator.learn(l);
        return l;
    }

    /** The owner sends a draft to review. */
    public Listing submit(Principal caller, long id) {
        return lifecycle.transition(caller, id, ListingLifecycle.Step.SUBMIT, null);
    }

    /** A moderator publishes a listing under review, for a year; saved searches and listings it answers are alerted. */
    public Listing approve(Principal caller, long id) {
        return alerted(lifecycle.transition(caller, id, ListingLifecycle.Step.APPROVE, null));
    }

    /** A moderator sends a listing under review back to draft, saying why. */
    public Listing reject(Principal caller, long id, String reason) {
        return lifecycle.transition(caller, id, ListingLifecycle.Step.REJECT,
                ListingText.required("reason", reason, 1_000));
    }

    /** The owner takes a listing off the marketplace. */
    public Listing withdraw(Principal caller, long id) {
        return lifecycle.transition(caller, id, ListingLifecycle.Step.WITHDRAW, null);
    }

    /** The owner reports a deal made: the listing leaves search and matching. */
    public Listing conclude(Principal caller, long id) {
        return lifecycle.transition(caller, id, ListingLifecycle.Step.CONCLUDE, null);
    }

    /** The owner renews a published or expired listing for another year. */
    public Listing renew(Principal caller, long id) {
        return alerted(lifecycle.transition(caller, id, ListingLifecycle.Step.RENEW, null));
    }

    /**
     * The publication stands whatever happens to the alerts: they are a courtesy, logged when they fail. Versions in
     * the languages the listing lacks are machine-translated in the background, when the engines can.
     */
    private Listing alerted(Listing published) {
        try {
            alerts.onPublished(published);
        } catch (RuntimeException e) {
            LOG.warn("alerts for listing {} failed", published.id(), e);
        }
        if (!background.isShutdown()) {
            background.execute(() -> translateMissing(published.id()));
        }
        return published;
    }

    /** A listing as the caller may see it: published ones to anyone, others to their organisation and moderators. */
    public Listing get(Optional<Principal> caller, long id) {
        Listing l = Transaction.run(db, c -> store.find(c, id)).orElseThrow(() -> new NotFoundException("no listing " + id));
        return TransferAccess.requireVisible(caller, l);
    }

    /** The caller's organisation's listings, newest first (at most 1,000). */
    public List<Listing> mine(Principal caller) {
        return Transaction.run(db, c -> store.byOrg(c, caller.orgId()));
    }

    /** Listings waiting for moderation, oldest first; moderators only. */
    public List<Listing> moderationQueue(Principal caller, int limit) {
        TransferAccess.requireModerator(caller);
        return Transaction.run(db, c -> store.byStatus(c, ListingStatus.REVIEW, limit));
    }

    public SearchResult search(SearchQuery query) {
        return finder.find(query);
    }

    /** The best answers to a listing (offers for a demand, demands for an offer), each explained; 1 to 100. */
    public List<Match> matches(Optional<Principal> caller, long id, int limit) {
        return matcher.matches(get(caller, id), checkedLimit(limit));
    }

    /** "More like this": published listings of the same type most like this one. */
    public List<Match> similar(Optional<Principal> caller, long id, int limit) {
        Listing l = get(caller, id);
        return matcher.matches(l, l.facts().type(), checkedLimit(limit));
    }

    /**
     * Expresses the caller's organisation's interest in a published listing of another organisation: a short message
     * and the deal sought. The owner sees the sender's kind and country only, until it accepts.
     */
    public Interest expressInterest(Principal caller, long listingId, DealType dealType, String message) {
        return interests.express(caller, listingId, dealType, message);
    }

    /** Interests in the caller's organisation's listings, newest first. */
    public List<Interest> interestsReceived(Principal caller) {
        return interests.received(caller);
    }

    /** Interests the caller's organisation expressed, newest first. */
    public List<Interest> interestsSent(Principal caller) {
        return interests.sent(caller);
    }

    /** The listing's owner accepts (both identities revealed) or declines (both stay anonymous) a pending interest. */
    public Interest decideInterest(Principal caller, long interestId, boolean accept) {
        return interests.decide(caller, interestId, accept);
    }

    /** Saves a search of the caller's organisation (at most 50); new listings it finds raise alerts. */
    public SavedSearch saveSearch(Principal caller, String name, String text, Language language,
                                  List<ListingType> types) {
        return alerts.save(caller, name, text, language, types);
    }

    public List<SavedSearch> savedSearches(Principal caller) {
        return alerts.saved(caller);
    }

    public void deleteSavedSearch(Principal caller, long id) {
        alerts.delete(caller, id);
    }

    /** The caller's organisation's alerts, newest first: new listings answering its saved searches or listings. */
    public List<Alert> alerts(Principal caller, int limit) {
        return alerts.of(caller, checkedLimit(limit));
    }

    /**
     * Attaches a PDF document or an image to a listing of the caller's organisation; a published listing returns to
     * review. The content must be what {@code mediaType} says (sniffed: {@code %PDF-}, or an image that decodes).
     * The same bytes twice are one attachment.
     *
     * @throws InvalidInputException naming {@code file} or {@code name}: unsupported type, too large, too many,
     *                               content that is not what it claims
     */
    public Attachment attach(Principal caller, long id, String name, String mediaType, byte[] content) {
        return attachments.attach(caller, id, name, mediaType, content);
    }

    /** Removes an attachment; a published listing returns to review. */
    public void detach(Principal caller, long id, String sha256) {
        attachments.detach(caller, id, sha256);
    }

    /** The attachments of a listing the caller may see, oldest first. */
    public List<Attachment> attachments(Optional<Principal> caller, long id) {
        return attachments.list(get(caller, id).id());
    }

    /** An attachment's bytes, or its PNG thumbnail (images only), of a listing the caller may see. */
    public AttachmentFile attachmentFile(Optional<Principal> caller, long id, String sha256, boolean thumbnail) {
        return attachments.file(get(caller, id), sha256, thumbnail);
    }

    /**
     * Machine-translates a listing into {@code language} (owner's organisation or moderator) through the translation
     * memory and the configured engines, and stores the version marked as machine-made; it never replaces a version
     * the owner wrote.
     *
     * @throws TranslationFailedException 422 naming the field no engine could translate, 502 when an engine failed
     */
    public Listing translate(Principal caller, long id, Language language) {
        return machine.translate(caller, get(Optional.of(caller), id), language);
    }

    /** Expires the published listings whose publication year has passed; returns how many. */
    public int expireDue() {
        return lifecycle.expireDue();
    }

    /** Runs {@link #expireDue} every {@code period}, in the background, until {@link #close}. */
    public void scheduleExpiry(Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("expiry period must be positive: " + period);
        }
        background.scheduleWithFixedDelay(() -> {
            try {
                int n = expireDue();
                if (n > 0) {
                    LOG.info("{} transfer listings expired", n);
                }
            } catch (RuntimeException e) {
                LOG.warn("transfer expiry run failed", e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void translateMissing(long id) {
        try {
            Listing l = Transaction.run(db, c -> store.find(c, id)).orElseThrow();
            if (l.status() == ListingStatus.PUBLISHED) {
                machine.translateMissing(l);
            }
        } catch (RuntimeException e) {
            LOG.warn("machine translation of listing {} failed", id, e);
        }
    }

    /** Rebuilds the search index from the database; returns the number of listings indexed. */
    public long reindex() {
        return lifecycle.rebuild();
    }

    /** Whether the search index agrees with the database (published count and latest revision). */
    public boolean indexAgrees() {
        return lifecycle.indexAgrees();
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidInputException("limit", "must be from 1 to 100");
        }
        return limit;
    }

    @Override
    public void close() {
        background.shutdownNow();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
        analyzers.close();
    }
}
