package org.bricshub.i18n;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Asks engines in order and keeps the first translation: the translation memory first (people's words, free), then
 * a machine engine when one is configured.
 */
public final class TranslationChain implements TranslationEngine {
    private final List<TranslationEngine> engines;

    public TranslationChain(List<TranslationEngine> engines) {
        if (engines.isEmpty()) {
            throw new IllegalArgumentException("a translation chain needs at least one engine");
        }
        this.engines = List.copyOf(engines);
    }

    @Override
    public String name() {
        return engines.stream().map(TranslationEngine::name).collect(Collectors.joining("+"));
    }

    @Override
    public Optional<Translation> translate(String segment, Language from, Language to) {
        for (TranslationEngine e : engines) {
            Optional<Translation> t = e.translate(segment, from, to);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }
}
