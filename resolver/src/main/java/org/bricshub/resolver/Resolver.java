package org.bricshub.resolver;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.gs1.AiElement;
import org.bricshub.gs1.CompanyPrefixes;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.platform.problem.ConflictException;
import org.bricshub.platform.problem.ForbiddenException;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;

/**
 * The resolver: the link registry and resolution. Links are written by keys (role owner or admin) of the
 * organisation owning the anchor's GS1 company prefix, or by platform admins; every write is audited. Resolution
 * reads links from memory: each primary key's links are loaded once and dropped from the cache on every write in
 * this JVM (and reloaded after a minute, for writes made by other instances).
 */
public final class Resolver {
    private static final Duration RELOAD_AFTER = Duration.ofMinutes(1);
    private static final int CACHED_KEYS = 200_000;

    private final DataSource db;
    private final Clock clock;
    private final String root;
    private final KnownKeys knownKeys;
    private final AuditLog audit;
    private final LinkStore store = new LinkStore();
    private final LoadingCache<String, KeyLinks> cache;
    private final Cache<String, Boolean> known = Caffeine.newBuilder().maximumSize(CACHED_KEYS).build();

    /**
     * @param publicUrl the resolver root: anchors in linksets are this URL's scheme and authority plus the path
     * @param knownKeys tells keys without links that the platform knows (404 for the others)
     */
    public Resolver(DataSource db, Clock clock, URI publicUrl, KnownKeys knownKeys) {
        this.db = db;
        this.clock = clock;
        this.root = publicUrl.getScheme() + "://" + publicUrl.getRawAuthority();
        this.knownKeys = knownKeys;
        this.audit = new AuditLog(db);
        this.cache = Caffeine.newBuilder().maximumSize(CACHED_KEYS).refreshAfterWrite(RELOAD_AFTER)
                .build(keyPath -> {
                    List<Link> links = Transaction.run(db, c -> store.ofKey(c, keyPath));
                    return links.isEmpty() ? KeyLinks.NONE : new KeyLinks(links);
                });
    }

    /** The resolver root, e.g. {@code https://id.example.org}: the stem of the Digital Links it answers. */
    public String root() {
        return root;
    }

    /**
     * Registers a link.
     *
     * @throws ForbiddenException unless the caller is an owner or admin key of the anchor's company prefix owner
     * @throws ConflictException when the same link is already registered
     */
    public Link register(Principal caller, NewLink link) {
        String anchor = link.anchor().path();
        String keyPath = keyPath(link.anchor());
        Link created = Transaction.run(db, c -> {
            long owner = requireWriter(c, caller, link.anchor());
            Link fresh = new Link(0, anchor, owner, link.linkType(), link.href().toString(), link.title(),
                    link.hreflang(), link.context(), link.type(), link.isDefault(), clock.instant());
            Link stored = store.insert(c, keyPath, fresh).orElseThrow(() -> new ConflictException(
                    "the link " + link.linkType() + " -> " + fresh.href() + " with these languages, contexts and "
                            + "media type is already registered for " + anchor));
            audit.record(c, stored.createdAt(), caller.keyId(), caller.orgId(), "link.create", anchor,
                    Map.of("id", stored.id(), "linkType", stored.linkType().curie(), "href", stored.href()));
            return stored;
        });
        cache.invalidate(keyPath);
        return created;
    }

    /**
     * Deletes a link.
     *
     * @throws NotFoundException when there is no such link
     * @throws ForbiddenException unless the caller may write links of its anchor
     */
    public void delete(Principal caller, long id) {
        String keyPath = Transaction.run(db, c -> {
            Link link = store.find(c, id).orElseThrow(() -> new NotFoundException("no link with id " + id));
            requireWriter(c, caller, DigitalLink.parse(root + link.anchor()));
            String deleted = store.delete(c, id).orElseThrow(() -> new NotFoundException("no link with id " + id));
            audit.record(c, clock.instant(), caller.keyId(), caller.orgId(), "link.delete", link.anchor(),
                    Map.of("id", id, "linkType", link.linkType().curie(), "href", link.href()));
            return deleted;
        });
        cache.invalidate(keyPath);
    }

    /**
     * The links at {@code anchor} and at every level below it (e.g. a GTIN's own, its lots' and its serials'),
     * for any key of the organisation owning the anchor's company prefix.
     */
    public List<Link> links(Principal caller, DigitalLink anchor) {
        return Transaction.run(db, c -> {
            Optional<Long> owner = owner(c, anchor);
            if (!caller.isPlatformAdmin() && (owner.isEmpty() || owner.get() != caller.orgId())) {
                throw new ForbiddenException("only keys of the organisation owning the company prefix of "
                        + anchor.path() + " may list its links");
            }
            return store.atAndBelow(c, keyPath(anchor), anchor.path());
        });
    }

    /** The links of every level of {@code link}, from memory. */
    public Levels levels(DigitalLink link) {
        List<String> paths = levelPaths(link);
        return cache.get(paths.get(paths.size() - 1)).levels(paths);
    }

    /**
     * The links of every level of {@code link} if its key's links are in memory, without waiting for the database;
     * empty when they would have to be loaded first.
     */
    public Optional<Levels> levelsInMemory(DigitalLink link) {
        List<String> paths = levelPaths(link);
        KeyLinks links = cache.getIfPresent(paths.get(paths.size() - 1));
        return links == null ? Optional.empty() : Optional.of(links.levels(paths));
    }

    /** Decides the answer to a request (see {@link ResolutionRules}); {@code levels} are those of its link. */
    public Resolution resolve(ResolutionRequest request, Levels levels) {
        boolean keyKnown = levels.hasLinks() || isKnown(request.link());
        return ResolutionRules.decide(request, levels.mostSpecificFirst(), keyKnown);
    }

    private boolean isKnown(DigitalLink link) {
        String keyPath = keyPath(link);
        if (known.getIfPresent(keyPath) != null) {
            return true;
        }
        boolean isKnown = knownKeys.isKnown(link.levels().get(0));
        if (isKnown) {
            known.put(keyPath, Boolean.TRUE);  // keys are never withdrawn; unknown keys are asked again
        }
        return isKnown;
    }

    /** The paths of every level, the link's own first, the primary key's last; built without re-validating. */
    static List<String> levelPaths(DigitalLink link) {
        List<String> paths = new ArrayList<>(link.qualifiers().size() + 1);
        StringBuilder path = new StringBuilder(64);
        appendSegment(path, link.primaryKey());
        paths.add(path.toString());
        for (AiElement q : link.qualifiers()) {
            appendSegment(path, q);
            paths.add(0, path.toString());
        }
        return paths;
    }

    private static String keyPath(DigitalLink link) {
        StringBuilder path = new StringBuilder(32);
        appendSegment(path, link.primaryKey());
        return path.toString();
    }

    private static void appendSegment(StringBuilder path, AiElement e) {
        path.append('/').append(e.ai()).append('/').append(DigitalLink.percentEncode(e.value()));
    }

    private long requireWriter(Connection c, Principal caller, DigitalLink anchor) throws SQLException {
        Optional<Long> owner = owner(c, anchor);
        if (caller.isPlatformAdmin()) {
            return owner.orElseThrow(() -> new InvalidInputException("anchor",
                    "must start with a GS1 company prefix registered on this platform: " + anchor.path()));
        }
        if (owner.isEmpty() || owner.get() != caller.orgId()
                || (caller.role() != Role.OWNER && caller.role() != Role.ADMIN)) {
            throw new ForbiddenException("only owner or admin keys of the organisation owning the company prefix of "
                    + anchor.path() + " may change its links");
        }
        return owner.get();
    }

    private static Optional<Long> owner(Connection c, DigitalLink anchor) throws SQLException {
        return OrganisationStore.prefixOwner(c, CompanyPrefixes.prefixBearingDigits(anchor.primaryKey()));
    }
}
