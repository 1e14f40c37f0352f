package org.bricshub.gs1;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The "req" and "ex" attributes of the GS1 Barcode Syntax Dictionary (GS1 General Specifications §4.14,
 * mandatory and invalid AI pairings): "req=01+21,02" needs (01) with (21), or (02); "ex=310n" forbids any
 * AI 3100-3109 beside this one; an "n" in a pattern stands for any digit.
 */
final class AiAssociations {

    private AiAssociations() {
    }

    static void check(List<AiElement> elements) {
        // element order, so that the first broken rule reported is always the same one
        Set<String> present = elements.stream().map(AiElement::ai).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String code : present) {
            ApplicationIdentifier ai = ApplicationIdentifiers.get(code);
            if (!ai.requires().isEmpty() && ai.requires().stream().noneMatch(group -> allPresent(group, present))) {
                throw new Gs1Exception(Gs1Exception.Rule.ASSOCIATION, code,
                        "needs one of " + String.join(" or ", ai.requires()) + " among the elements " + sorted(present));
            }
            for (String pattern : ai.excludes()) {
                for (String other : present) {
                    if (!other.equals(code) && matches(pattern, other)) {
                        throw new Gs1Exception(Gs1Exception.Rule.ASSOCIATION, code, "must not appear with (" + other + ")");
                    }
                }
            }
        }
    }

    private static boolean allPresent(String group, Set<String> present) {
        for (String pattern : group.split("\\+")) {
            if (present.stream().noneMatch(ai -> matches(pattern, ai))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String pattern, String ai) {
        if (pattern.length() != ai.length()) {
            return false;
        }
        for (int i = 0; i < ai.length(); i++) {
            if (pattern.charAt(i) != 'n' && pattern.charAt(i) != ai.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> sorted(Set<String> ais) {
        return ais.stream().sorted().toList();
    }
}
