package org.bricshub.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.TranslationChain;
import org.bricshub.i18n.TranslationEngine;
import org.bricshub.i18n.TranslationException;
import org.bricshub.i18n.TranslationMemory;

/**
 * Machine-translates a listing's original text, field by field, through the translation memory and then the machine
 * engine when one is configured. Every non-empty field must translate, or nothing does.
 */
final class ListingTranslator {
    /** A translated version and the engines that made it, joined with {@code +} (e.g. {@code memory+libretranslate}). */
    record Result(ListingText text, String engine) {
    }

    private final TranslationMemory memory;
    private final TranslationEngine engine;

    ListingTranslator(TranslationMemory memory, List<TranslationEngine> machines) {
        this.memory = memory;
        List<TranslationEngine> chain = new ArrayList<>();
        chain.add(memory);
        chain.addAll(machines);
        this.engine = new TranslationChain(chain);
    }

    /** Learns the terminology's preferred terms: hand-written translations of technical terms in all 17 languages. */
    void learn(Terminology terminology) {
        Language[] all = Language.values();
        for (Terminology.Concept concept : terminology.concepts()) {
            for (int i = 0; i < all.length; i++) {
                for (int j = i + 1; j < all.length; j++) {
                    memory.learn(all[i], concept.term(all[i]), all[j], concept.term(all[j]));
                }
            }
        }
    }

    /** Learns the owner's versions of a listing (never machine ones): titles, and keywords when they line up. */
    void learn(Listing l) {
        ListingText original = l.original();
        Language from = l.facts().language();
        l.versions().forEach((lang, text) -> {
            if (lang != from && !l.isMachineTranslated(lang)) {
                memory.learn(from, original.title(), lang, text.title());
                if (text.keywords().size() == original.keywords().size()) {
                    for (int i = 0; i < text.keywords().size(); i++) {
                        memory.learn(from, original.keywords().get(i), lang, text.keywords().get(i));
                    }
                }
            }
        });
    }

    /** @throws TranslationFailedException when a field has no translation or an engine failed */
    Result translate(Listing l, Language to) {
        ListingText o = l.original();
        Language from = l.facts().language();
        Set<String> engines = new TreeSet<>();
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < o.keywords().size(); i++) {
            keywords.add(field("keywords/" + i, o.keywords().get(i), from, to, engines));
        }
        ListingText text = new ListingText(field("title", o.title(), from, to, engines),
                field("summary", o.summary(), from, to, engines), field("problem", o.problem(), from, to, engines),
                field("innovation", o.innovation(), from, to, engines),
                field("advantages", o.advantages(), from, to, engines),
                field("applications", o.applications(), from, to, engines), keywords);
        return new Result(text, String.join("+", engines));
    }

    private String field(String name, String value, Language from, Language to, Set<String> engines) {
        if (value.isBlank()) {
            return value;
        }
        try {
            TranslationEngine.Translation t = engine.translate(value, from, to).orElseThrow(() ->
                    TranslationFailedException.untranslatable(name, "no engine (" + engine.name()
                            + ") knows a translation from " + from.tag() + " to " + to.tag()));
            engines.add(t.engine());
            return t.text();
        } catch (TranslationException e) {
            throw TranslationFailedException.engineFailed(e.getMessage());
        }
    }
}
