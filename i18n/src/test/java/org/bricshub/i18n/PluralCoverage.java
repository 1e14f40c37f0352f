package org.bricshub.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.util.Set;
import java.util.TreeSet;

/** Test aid: the CLDR plural categories of a language that a MessageFormat pattern's plural arguments leave out. */
final class PluralCoverage {

    private PluralCoverage() {
    }

    static Set<String> missingCategories(String pattern, Language language) {
        Set<String> required = PluralRules.forLocale(language.uLocale()).getKeywords();
        Set<String> missing = new TreeSet<>();
        MessagePattern parsed = new MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> present = selectors(parsed, i);
                for (String category : required) {
                    if (!present.contains(category)) {
                        missing.add(category);
                    }
                }
            }
        }
        return missing;
    }

    private static Set<String> selectors(MessagePattern parsed, int argStart) {
        Set<String> selectors = new TreeSet<>();
        int limit = parsed.getLimitPartIndex(argStart);
        for (int j = argStart + 1; j < limit; j++) {
            MessagePattern.Part part = parsed.getPart(j);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                selectors.add(parsed.getSubstring(part));
            } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                j = parsed.getLimitPartIndex(j);
            }
        }
        return selectors;
    }
}
