package org.bricshub.web.resolver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bricshub.gs1.ApplicationIdentifier;
import org.bricshub.gs1.ApplicationIdentifiers;
import org.bricshub.resolver.LinkType;

/**
 * The resolver description file served at {@code /.well-known/gs1resolver} (GS1-Conformant Resolver 1.2 §5 and its
 * description-file schema): name, root, the primary keys it resolves, the link-type namespace and active link types.
 */
final class ResolverDescription {
    /** The GS1 JSON-LD context for linksets. */
    static final String LINKSET_CONTEXT = "https://ref.gs1.org/standards/resolver/linkset-context";

    private ResolverDescription() {
    }

    static Map<String, Object> of(String root) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", "BRICS Hub resolver");
        d.put("resolverRoot", root);
        d.put("supportedPrimaryKeys", ApplicationIdentifiers.all().stream()
                .filter(ApplicationIdentifier::primaryKey).map(ApplicationIdentifier::code).toList());
        d.put("supportedLinkType", List.of(Map.of("namespace", LinkType.NAMESPACE, "prefix", "gs1:")));
        d.put("linkTypeDefaultCanBeLinkset", false);
        d.put("linkTypeDefaultCanBeAll", false);
        d.put("supportsLanguageVariants", true);
        d.put("supportsContextVariants", true);
        d.put("supportsMediaTypeVariants", true);
        d.put("supportsSemanticInterpretation", false);
        d.put("validatesAIcombinations", false);
        Map<String, Object> types = new LinkedHashMap<>();
        LinkType.vocabulary().forEach((term, title) -> {
            LinkType t = new LinkType(term);
            types.put(t.curie(), Map.of("title", title, "url", t.uri()));
        });
        d.put("activeLinkTypes", Map.of("en", types));
        return java.util.Collections.unmodifiableMap(d);
    }
}
