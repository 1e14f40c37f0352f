package org.bricshub.resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9264 JSON linksets as GS1-Conformant Resolver 1.2 shapes them: one context object per level, anchored at the
 * uncompressed Digital Link on the resolver's root, each link type's full URI naming the array of its target objects
 * ({@code href}, {@code title}, {@code type}, {@code hreflang}, {@code context}), the default link also under
 * {@code gs1:defaultLink} (and all of a level's defaults under {@code gs1:defaultLinkMulti} when it has several).
 */
public final class Linksets {
    private Linksets() {
    }

    /**
     * The linkset document of {@code levels} (the request's own level first): the primary key's level first, as the
     * standard's examples order them; levels without links are left out, except the request's own.
     */
    public static Map<String, Object> of(String root, List<AnchoredLinks> levels) {
        List<Object> contexts = new ArrayList<>(levels.size());
        for (int i = levels.size() - 1; i >= 0; i--) {
            AnchoredLinks level = levels.get(i);
            if (i == 0 || !level.links().isEmpty()) {
                contexts.add(context(root, level));
            }
        }
        return Map.of("linkset", contexts);
    }

    /** A linkset of some links only (the choices of a 300), grouped by their anchors, most specific level first. */
    public static Map<String, Object> ofChoices(String root, List<Link> links) {
        Map<String, List<Link>> byAnchor = new LinkedHashMap<>();
        for (Link l : links) {
            byAnchor.computeIfAbsent(l.anchor(), a -> new ArrayList<>()).add(l);
        }
        List<AnchoredLinks> levels = new ArrayList<>();
        byAnchor.forEach((anchor, ls) -> levels.add(0, new AnchoredLinks(anchor, ls)));
        List<Object> contexts = new ArrayList<>();
        for (AnchoredLinks level : levels) {
            contexts.add(context(root, level));
        }
        return Map.of("linkset", contexts);
    }

    private static Map<String, Object> context(String root, AnchoredLinks level) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("anchor", root + level.anchor());
        List<Object> defaults = new ArrayList<>();
        for (Link link : level.links()) {
            Map<String, Object> target = target(link);
            @SuppressWarnings("unchecked")
            List<Object> ofType = (List<Object>) context.computeIfAbsent(link.linkType().uri(), t -> new ArrayList<>());
            ofType.add(target);
            if (link.isDefault()) {
                defaults.add(target);
            }
        }
        if (!defaults.isEmpty()) {
            context.put(LinkType.DEFAULT_LINK.uri(), List.of(defaults.get(0)));
        }
        if (defaults.size() > 1) {
            context.put(LinkType.DEFAULT_LINK_MULTI.uri(), defaults);
        }
        return context;
    }

    private static Map<String, Object> target(Link link) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("href", link.href());
        target.put("title", link.title());
        link.type().ifPresent(t -> target.put("type", t));
        if (!link.hreflang().isEmpty()) {
            target.put("hreflang", link.hreflang());
        }
        if (!link.context().isEmpty()) {
            target.put("context", link.context());
        }
        return target;
    }
}
