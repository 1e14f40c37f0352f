package org.bricshub.resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable snapshot of every link of one primary key, by anchor, as the resolver's cache holds it. The Link
 * header of each deepest linked level is built once: a redirect then costs a map look-up, not a string build.
 */
final class KeyLinks {
    static final KeyLinks NONE = new KeyLinks(List.of());

    private final Map<String, List<Link>> byAnchor = new HashMap<>();
    private final Map<String, String> headers = new ConcurrentHashMap<>();

    KeyLinks(List<Link> links) {
        Map<String, List<Link>> grouped = new HashMap<>();
        for (Link l : links) {
            grouped.computeIfAbsent(l.anchor(), a -> new ArrayList<>()).add(l);
        }
        grouped.forEach((anchor, ls) -> byAnchor.put(anchor, List.copyOf(ls)));
    }

    /** The levels of a request whose level paths are {@code paths}, the request's own first. */
    Levels levels(List<String> paths) {
        List<AnchoredLinks> levels = new ArrayList<>(paths.size());
        String deepestLinked = null;
        for (String path : paths) {
            List<Link> links = byAnchor.getOrDefault(path, List.of());
            if (deepestLinked == null && !links.isEmpty()) {
                deepestLinked = path;
            }
            levels.add(new AnchoredLinks(path, links));
        }
        if (deepestLinked == null) {
            return new Levels(levels, "");
        }
        int from = paths.indexOf(deepestLinked);
        String header = headers.computeIfAbsent(deepestLinked, p -> LinkHeaders.of(levels.subList(from, levels.size())));
        return new Levels(levels, header);
    }
}
