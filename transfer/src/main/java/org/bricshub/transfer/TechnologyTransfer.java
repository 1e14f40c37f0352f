package org.bricshub.transfer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.i18n.Language;
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

    private TechnologyTransfer(DataSource db, Clock clock, Path indexFolder) {
        this.db = db;
        this.analyzers = new LanguageAnalyzers();
        Terminology terminology = Terminology.load(analyzers);
        this.index = ListingIndex.open(indexFolder, analyzers, new ListingDocuments(terminology));
        this.lifecycle = new ListingLifecycle(db, clock, store, index, new AuditLog(db));
        ListingSearch queries = new ListingSearch(analyzers, terminology);
        this.finder = new ListingFinder(index, queries, analyzers);
        this.matcher = new ListingMatcher(index, terminology);
        this.interests = new Interests(db, clock, store, new AuditLog(db));
        this.alerts = new Alerts(db, clock, index, queries, matcher);
    }

    /**
     * Opens the marketplace over a migrated database with its index in {@code dataDir/transfer-index}; rebuilds the
     * index when it disagrees with the database (missing, behind, or holding a different number of listings), and
     * expires listings whose publication year has passed.
     */
    public static TechnologyTransfer open(DataSource db, Path dataDir, Clock clock) {
        TechnologyTransfer t = new TechnologyTransfer(db, clock, dataDir.resolve("transfer-index"));
        try {
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

    /** Replaces a listing's facts and original text; a published listing returns to review. */
    public Listing update(Principal caller, long id, ListingInput input) {
        return lifecycle.update(caller, id, input);
    }

    /** Adds or replaces the version in another language; a published listing returns to review. */
    public Listing putVersion(Principal caller, long id, Language language, ListingText text) {
        return lifecycle.putVersion(caller, id, language, text);
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

    /** The publication stands whatever happens to the alerts: they are a courtesy, logged when they fail. */
    private Listing alerted(Listing published) {
        try {
            alerts.onPublished(published);
        } catch (RuntimeException e) {
            LOG.warn("alerts for listing {} failed", published.id(), e);
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
        index.close();
        analyzers.close();
    }
}
