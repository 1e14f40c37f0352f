package org.bricshub.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bricshub.gs1.DigitalLink;

/**
 * One walk of the chain from a scanned item through {@code capture_event_values}: the item and its classes, then
 * every parent while the item (or a parent holding it) was inside, and the inputs of every transformation that made
 * it, each only up to the time it mattered. Bounded by {@link JourneyLimits}: a walk reads at most
 * {@code maxIdentifiers} identifiers and {@code maxEvents} events, and follows {@code maxDepth} hops.
 */
final class ChainWalk {
    // capture's ValueRole codes, persistent by its contract
    private static final short EPC = 1, PARENT_ID = 2, CHILD_EPC = 3, OUTPUT_EPC = 5, EPC_CLASS = 6,
            CHILD_EPC_CLASS = 7, OUTPUT_EPC_CLASS = 9;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.MIN;
    private static final Instant END = Instant.MAX;

    /** An event the walk reached, how, and whether it concerns the brand owner's own goods. */
    record Found(StoredEvent event, Reach reach, String subject, boolean aboutOwner) {}

    record Result(List<Found> found, boolean truncated) {}

    /** An identifier to look up, and the time window in which its events belong to the item's journey. */
    private record Node(Set<String> spellings, String subject, Reach reach, Instant from, Instant to, int depth,
            boolean aboutOwner) {}

    private final Connection c;
    private final String stem;
    private final Set<String> ownerPrefixes;
    private final JourneyLimits limits;
    private final Map<Long, StoredEvent> events = new HashMap<>();
    private final Map<Long, Found> found = new LinkedHashMap<>();
    private final Set<String> visited = new HashSet<>();
    private final Deque<Node> queue = new ArrayDeque<>();
    private int identifiers;
    private boolean truncated;

    ChainWalk(Connection c, String stem, Set<String> ownerPrefixes, JourneyLimits limits) {
        this.c = c;
        this.stem = stem;
        this.ownerPrefixes = Set.copyOf(ownerPrefixes);
        this.limits = limits;
    }

    Result walk(DigitalLink item) throws SQLException {
        String subject = item.withoutQuery().toCanonicalUri();
        queue.add(new Node(Identifiers.ofItem(item, stem), subject, Reach.ITEM, START, END, 0, true));
        queue.add(new Node(Identifiers.ofClasses(item, stem), subject, Reach.LOT, START, END, 0, true));
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            if (!visited.add(node.subject() + " " + node.reach() + " " + node.from() + " " + node.to())) {
                continue;
            }
            if (++identifiers > limits.maxIdentifiers()) {
                truncated = true;
                break;
            }
            visit(node);
        }
        List<Found> ordered = new ArrayList<>(found.values());
        ordered.sort(Comparator.comparing((Found f) -> f.event().time()).thenComparing(f -> f.event().seq()));
        return new Result(ordered, truncated);
    }

    private void visit(Node node) throws SQLException {
        Map<Long, Set<Short>> roles = roles(node.spellings());
        load(roles.keySet());
        Instant to = node.to();
        for (var e : roles.entrySet()) { // a whole unpack of this parent ends the item's stay in it
            StoredEvent event = events.get(e.getKey());
            if (event != null && node.reach() == Reach.PARENT && e.getValue().contains(PARENT_ID)
                    && event.unpacksAll() && event.time().isAfter(node.from()) && event.time().isBefore(to)) {
                to = event.time();
            }
        }
        Map<String, List<StoredEvent>> membership = new LinkedHashMap<>();
        for (var e : roles.entrySet()) {
            StoredEvent event = events.get(e.getKey());
            if (event == null || event.time().isBefore(node.from()) || event.time().isAfter(to)) {
                continue;
            }
            Set<Short> r = e.getValue();
            if (r.contains(EPC) || r.contains(EPC_CLASS) || r.contains(PARENT_ID) || r.contains(CHILD_EPC)
                    || r.contains(CHILD_EPC_CLASS) || r.contains(OUTPUT_EPC) || r.contains(OUTPUT_EPC_CLASS)) {
                found.putIfAbsent(event.seq(), new Found(event, node.reach(), node.subject(), node.aboutOwner()));
            }
            if ((r.contains(CHILD_EPC) || r.contains(CHILD_EPC_CLASS)) && event.type().equals("AggregationEvent")
                    && event.json().hasNonNull("parentID")) {
                membership.computeIfAbsent(event.json().get("parentID").asText(), p -> new ArrayList<>()).add(event);
            }
            if ((r.contains(OUTPUT_EPC) || r.contains(OUTPUT_EPC_CLASS)) && node.depth() < limits.maxDepth()) {
                inputs(event, node);
            } else if (r.contains(OUTPUT_EPC) || r.contains(OUTPUT_EPC_CLASS)) {
                truncated = true;
            }
        }
        membership.forEach((parent, list) -> parents(parent, list, node, node.from(), node.to()));
    }

    /** The stays in a parent: from an ADD (or an OBSERVE confirming it) to the next DELETE naming the child. */
    private void parents(String parent, List<StoredEvent> list, Node node, Instant from, Instant to) {
        if (node.depth() >= limits.maxDepth()) {
            truncated = true;
            return;
        }
        list.sort(Comparator.comparing(StoredEvent::time).thenComparing(StoredEvent::seq));
        Instant start = null;
        for (StoredEvent event : list) {
            boolean delete = event.action().equals("DELETE");
            if (!delete && start == null) {
                start = event.time();
            } else if (delete && start != null) {
                enqueueParent(parent, node, max(start, from), event.time());
                start = null;
            }
        }
        if (start != null) {
            enqueueParent(parent, node, max(start, from), to);
        }
    }

    private void enqueueParent(String parent, Node child, Instant from, Instant to) {
        queue.add(new Node(Identifiers.of(parent, stem), parent, Reach.PARENT, from, to, child.depth() + 1,
                child.aboutOwner()));
    }

    /** The inputs of a transformation that made the node's object: their events up to the transformation. */
    private void inputs(StoredEvent transformation, Node node) {
        List<String> inputs = new ArrayList<>(EventReading.texts(transformation.json().get("inputEPCList")));
        inputs.addAll(EventReading.texts(transformation.json().get("inputQuantityList")));
        for (String input : inputs) {
            boolean owners = Identifiers.keyDigits(input).map(d -> ownerPrefixes.stream().anyMatch(d::startsWith))
                    .orElse(false);
            queue.add(new Node(Identifiers.of(input, stem), input, Reach.INPUT, START, transformation.time(),
                    node.depth() + 1, owners));
        }
    }

    private Map<Long, Set<Short>> roles(Set<String> spellings) throws SQLException {
        Map<Long, Set<Short>> roles = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select seq, role from capture_event_values where value = any(?) limit ?")) {
            ps.setArray(1, c.createArrayOf("text", spellings.toArray()));
            ps.setInt(2, limits.maxEvents() + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.computeIfAbsent(rs.getLong(1), s -> new HashSet<>()).add(rs.getShort(2));
                }
            }
        }
        return roles;
    }

    /** Reads the events not read yet; error-declared events (EPCIS 2.0 §7.4.1.2) are left out of journeys. */
    private void load(Set<Long> seqs) throws SQLException {
        List<Long> missing = seqs.stream().filter(s -> !events.containsKey(s)).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (events.size() + missing.size() > limits.maxEvents()) {
            truncated = true;
            missing = missing.subList(0, Math.max(0, limits.maxEvents() - events.size()));
        }
        try (PreparedStatement ps = c.prepareStatement("select e.seq, e.hash_id, e.org_id, e.event::text "
                + "from capture_events e where e.seq = any(?) and not e.error_declared and not exists "
                + "(select 1 from capture_events d where d.hash_id = e.hash_id and d.error_declared)")) {
            ps.setArray(1, c.createArrayOf("bigint", missing.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    JsonNode json = parse(rs.getString(4));
                    Instant time = OffsetDateTime.parse(json.path("eventTime").asText()).toInstant();
                    events.put(rs.getLong(1), new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), time, json));
                }
            }
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("capture_events.event holds JSON", e);
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
