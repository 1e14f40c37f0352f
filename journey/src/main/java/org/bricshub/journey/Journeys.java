package org.bricshub.journey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.bricshub.capture.EventProof;
import org.bricshub.capture.EventRepository;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.i18n.Vocabulary;
import org.bricshub.i18n.VocabularyTerm;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.org.Organisation;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.platform.problem.ForbiddenException;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;
import org.bricshub.trace.CodeCheck;
import org.bricshub.trace.Product;
import org.bricshub.trace.ProductCodes;

/**
 * The journeys consumers see and the brand owners' say in them (docs/design/journey.md). Assembled journeys are
 * cached per item, keyed by the latest captured event, the publication version and the latest batch: events are
 * immutable once captured, so a journey changes only when one of those does. Thread-safe.
 */
public final class Journeys {
    /** What consumers see of a product by default: the consumer-facing CBV 2.0 business steps. */
    public static final Set<String> DEFAULT_STEPS = Set.of("commissioning", "inspecting", "packing", "shipping",
            "departing", "arriving", "receiving", "storing", "retail_selling");

    private final DataSource db;
    private final ProductCodes codes;
    private final OrganisationStore organisations;
    private final EventRepository events;
    private final Vocabulary vocabulary;
    private final Clock clock;
    private final JourneyLimits limits;
    private final PublicationStore publication = new PublicationStore();
    private final Cache<String, Stamped> cache;
    private final StampClock stamps;

    public Journeys(DataSource db, ProductCodes codes, OrganisationStore organisations, EventRepository events,
            Vocabulary vocabulary, Clock clock, JourneyLimits limits) {
        this.db = db;
        this.codes = codes;
        this.organisations = organisations;
        this.events = events;
        this.vocabulary = vocabulary;
        this.clock = clock;
        this.limits = limits;
        this.cache = Caffeine.newBuilder().maximumSize(limits.cachedJourneys()).build();
        this.stamps = new StampClock(limits.freshness(), () -> Transaction.run(db, publication::stamp));
    }

    /**
     * The journey of a scanned serial-level Digital Link, as consumers see it.
     *
     * @param scanStem the stem the scan came on (events may name the item on the brand's own domain)
     * @throws InvalidInputException (uri) when the link carries no GTIN
     */
    public Journey of(DigitalLink link, String scanStem) {
        DigitalLink item = link.withoutQuery();
        String key = scanStem + " " + item.toCanonicalUri();
        PublicationStore.Stamp stamp = stamps.current();
        Stamped cached = cache.getIfPresent(key);
        if (cached == null || !cached.stamp().equals(stamp)) {
            // one entry per item, replaced when the stamp moves: stale journeys are not kept beside fresh ones
            cached = new Stamped(stamp, assemble(item, scanStem));
            cache.put(key, cached);
        }
        return cached.journey();
    }

    private record Stamped(PublicationStore.Stamp stamp, Journey journey) {}

    private Journey assemble(DigitalLink item, String scanStem) {
        CodeCheck check = codes.check(item.toUri());
        if (!check.genuine()) {
            return new Journey(item.toCanonicalUri(), check, Optional.empty(), List.of(), false);
        }
        Product product = codes.product(check.gtin());
        Set<String> ownerPrefixes = organisations.find(product.orgId()).map(Organisation::prefixes)
                .map(Set::copyOf).orElse(Set.of());
        return Transaction.run(db, c -> {
            ChainWalk.Result walk = new ChainWalk(c, scanStem, ownerPrefixes, limits).walk(item);
            Set<String> steps = publication.bizSteps(c, product.gtin()).orElse(DEFAULT_STEPS);
            Map<String, Boolean> decisions = publication.eventDecisions(c, product.orgId(),
                    walk.found().stream().map(f -> f.event().hashId()).toList());
            StepDetails details = new StepDetails(codes, organisations);
            List<JourneyStep> shown = walk.found().stream()
                    .filter(f -> decisions.getOrDefault(f.event().hashId(),
                            f.aboutOwner() && steps.contains(stepName(f.event().json().path("bizStep").asText("")))))
                    .map(details::step).toList();
            publication.markShown(c, shown.stream().map(JourneyStep::hashId).toList());
            return new Journey(item.toCanonicalUri(), check, Optional.of(product), shown, walk.truncated());
        });
    }

    /** A CBV business step's bare name in whatever spelling; a private step as written. */
    private String stepName(String bizStep) {
        return vocabulary.term(bizStep).filter(t -> t.kind() == VocabularyTerm.Kind.BIZ_STEP)
                .map(VocabularyTerm::name).orElse(bizStep);
    }

    /** The publication rule of a product, for its owner. */
    public ProductPublication publication(Principal caller, String gtin) {
        Product product = owned(caller, gtin);
        return Transaction.run(db, c -> publication.bizSteps(c, product.gtin())
                .map(s -> new ProductPublication(product.gtin(), s, false))
                .orElseGet(() -> new ProductPublication(product.gtin(), DEFAULT_STEPS, true)));
    }

    /**
     * Sets which business steps of the product's journeys consumers see; empty restores the default.
     *
     * @throws InvalidInputException (bizSteps) for a value that is neither a CBV business step nor an absolute URI
     * @throws ForbiddenException unless the caller is an owner or admin of the product's organisation
     */
    public ProductPublication publishSteps(Principal caller, String gtin, Optional<Set<String>> bizSteps) {
        Product product = owned(caller, gtin);
        Optional<Set<String>> names = bizSteps.map(this::stepNames);
        Transaction.run(db, c -> {
            publication.setBizSteps(c, product.gtin(), names, caller.keyId(), clock.instant());
            new AuditLog(db).record(c, clock.instant(), caller.keyId(), caller.orgId(), "journey.publish.product",
                    product.gtin(), Map.of("bizSteps", names.map(List::copyOf).orElse(List.of())));
            return null;
        });
        stamps.invalidate();
        return publication(caller, gtin);
    }

    /**
     * Shows ({@code true}) or hides ({@code false}) one event in the journeys of the caller's organisation's products,
     * whatever the product rule says; empty returns the event to the product rule.
     *
     * @param eventKey the 64 hex digits of the event's hash ID ({@link EventKeys})
     * @throws NotFoundException when no such event was captured
     */
    public void publishEvent(Principal caller, String eventKey, Optional<Boolean> published) {
        requireWriter(caller);
        String hashId = EventKeys.hashId(eventKey);
        if (events.eventJsonUnrestricted(hashId).isEmpty()) {
            throw new NotFoundException("no event with hash ID " + hashId);
        }
        Transaction.run(db, c -> {
            publication.setEventDecision(c, caller.orgId(), hashId, published, caller.keyId(), clock.instant());
            new AuditLog(db).record(c, clock.instant(), caller.keyId(), caller.orgId(), "journey.publish.event", hashId,
                    Map.of("published", published.map(String::valueOf).orElse("default")));
            return null;
        });
        stamps.invalidate();
    }

    /** The canonical JSON of an event that a published journey shows (the bytes its log entry commits to). */
    public Optional<String> shownEventJson(String eventKey) {
        String hashId = EventKeys.hashId(eventKey);
        return isShown(hashId) ? events.eventJsonUnrestricted(hashId) : Optional.empty();
    }

    /** The inclusion proof of an event that a published journey shows. */
    public Optional<EventProof> shownEventProof(String eventKey, Duration timeout) throws InterruptedException {
        String hashId = EventKeys.hashId(eventKey);
        return isShown(hashId) ? events.proofUnrestricted(hashId, timeout) : Optional.empty();
    }

    private boolean isShown(String hashId) {
        return Transaction.run(db, c -> publication.isShown(c, hashId));
    }

    private Set<String> stepNames(Set<String> values) {
        Set<String> names = new HashSet<>();
        for (String v : values) {
            Optional<VocabularyTerm> term = vocabulary.term(v).filter(t -> t.kind() == VocabularyTerm.Kind.BIZ_STEP);
            if (term.isEmpty() && !v.matches("[a-z][a-z0-9+.-]*:\\S+")) {
                throw new InvalidInputException("bizSteps", "must be CBV 2.0 business steps (e.g. shipping) or absolute"
                        + " URIs of a private vocabulary, got '" + v + "'");
            }
            names.add(term.map(VocabularyTerm::name).orElse(v));
        }
        return names;
    }

    private Product owned(Principal caller, String gtin) {
        requireWriter(caller);
        Product product = codes.product(gtin);
        if (!caller.isPlatformAdmin() && product.orgId() != caller.orgId()) {
            throw new ForbiddenException("only owner or admin keys of organisation " + product.orgId()
                    + " may publish the journey of " + product.gtin());
        }
        return product;
    }

    private static void requireWriter(Principal caller) {
        if (!caller.isPlatformAdmin() && caller.role() != Role.OWNER && caller.role() != Role.ADMIN) {
            throw new ForbiddenException("key " + caller.keyId() + " has role " + caller.role()
                    + "; only owner or admin keys may publish journeys");
        }
    }
}
