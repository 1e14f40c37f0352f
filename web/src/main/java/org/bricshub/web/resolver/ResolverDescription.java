package org.bricshub.web.resolver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bricshub.gs1.ApplicationIdentifier;
import org.bricshub.gs1.ApplicationIdentifiers;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.Messages;
import org.bricshub.resolver.LinkType;

/**
 * The resolver description file served at {@code /.well-known/gs1resolver} (GS1-Conformant Resolver 1.2 §5 and its
 * description-file schema): name, root, the primary keys it resolves, the link-type namespace and the active link
 * types, titled in each of our 17 languages (the file keys them by language).
 */
final class ResolverDescription {
    /** The GS1 JSON-LD context for linksets. */
    static final String LINKSET_CONTEXT = "https://ref.gs1.org/standards/resolver/linkset-context";

    private ResolverDescription() {
    }

    /** @param messages the catalogs that give each link type its title in each of the 17 languages */
    static Map<String, Object> of(String root, Messages messages) {
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
        Map<String, Object> byLanguage = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            Map<String, Object> types = new LinkedHashMap<>();
            for (String term : LinkType.vocabulary().keySet()) {
                LinkType t = new LinkType(term);
                types.put(t.curie(), Map.of("title", LinkTypeLabel.of(messages, language, t).text(), "url", t.uri()));
            }
            byLanguage.put(language.tag(), types);
        }
        d.put("activeLinkTypes", byLanguage);
        return Collections.unmodifiableMap(d);
    }
}
