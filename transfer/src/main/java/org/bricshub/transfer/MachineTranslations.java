package org.bricshub.transfer;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bricshub.i18n.Language;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.ConflictException;
import org.bricshub.platform.problem.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Machine-translated versions of listings: made on request (owner or moderator) or, after publication, into every
 * language a listing lacks. They never replace a version the owner wrote and are marked with their engine.
 */
final class MachineTranslations {
    private static final Logger LOG = LoggerFactory.getLogger(MachineTranslations.class);
    private final ListingLifecycle lifecycle;
    private final ListingTranslator translator;

    MachineTranslations(ListingLifecycle lifecycle, ListingTranslator translator) {
        this.lifecycle = lifecycle;
        this.translator = translator;
    }

    Listing translate(Principal caller, Listing l, Language to) {
        if (caller.orgId() != l.orgId() && !TransferAccess.isModerator(caller)) {
            throw new ForbiddenException("only the listing's organisation or a moderator may have it translated");
        }
        if (to == l.facts().language()) {
            throw new ConflictException("listing " + l.id() + " is written in " + to.tag());
        }
        if (l.versions().containsKey(to) && !l.isMachineTranslated(to)) {
            throw new ConflictException("the owner wrote the " + to.tag() + " version of listing " + l.id()
                    + "; a machine translation never replaces it");
        }
        ListingTranslator.Result r = translator.translate(l, to);
        return lifecycle.putMachineVersions(l.id(), l.revision(), Map.of(to, r.text()), r.engine());
    }

    /** Translates into every language the listing lacks; what no engine can translate is left out. */
    void translateMissing(Listing l) {
        Map<Language, ListingTranslator.Result> made = new EnumMap<>(Language.class);
        for (Language to : Language.values()) {
            if (l.versions().containsKey(to)) {
                continue;
            }
            try {
                made.put(to, translator.translate(l, to));
            } catch (TranslationFailedException e) {
                if (e.status() == 502) {
                    LOG.warn("machine translation of listing {} stopped: {}", l.id(), e.getMessage());
                    break;
                }
            }
        }
        Set<String> engines = new HashSet<>();
        made.values().forEach(r -> engines.add(r.engine()));
        long revision = l.revision();
        for (String engine : engines) {
            Map<Language, ListingText> texts = new EnumMap<>(Language.class);
            made.forEach((lang, r) -> {
                if (r.engine().equals(engine)) {
                    texts.put(lang, r.text());
                }
            });
            try {
                revision = lifecycle.putMachineVersions(l.id(), revision, texts, engine).revision();
            } catch (ConflictException e) {
                LOG.debug("listing {} changed during its translation; the translations are dropped", l.id());
                return;
            }
        }
    }
}
