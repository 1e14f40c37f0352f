package org.bricshub.web.transfer;

import java.util.List;
import org.bricshub.i18n.Language;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.transfer.DealType;
import org.bricshub.transfer.ListingInput;
import org.bricshub.transfer.ListingText;
import org.bricshub.transfer.ListingType;
import org.bricshub.transfer.TechnologyField;

/** The JSON body that creates or replaces a listing; {@link #toInput} applies the marketplace's rules. */
record ListingBody(String type, String language, String title, String summary, String problem, String innovation,
                   String advantages, String applications, List<String> keywords, Integer trl, String field,
                   List<String> ipc, List<String> dealTypes, List<String> patents, String ipNotes, String price,
                   String country, String institution, Boolean draft) {

    ListingInput toInput() {
        ListingType t = ListingType.parse("type", type);
        Language lang = language("language", language);
        ListingText text = new ListingText(title, summary, problem, innovation, advantages, applications, keywords);
        if (trl == null) {
            throw new InvalidInputException("trl", "is required: a technology readiness level from 1 to 9");
        }
        TechnologyField f = TechnologyField.parse("field", field);
        List<DealType> deals = dealTypes == null ? List.of()
                : dealTypes.stream().map(d -> DealType.parse("dealTypes", d)).toList();
        return new ListingInput(t, lang, trl, f, ipc, deals, patents, ipNotes, price, country, institution, text);
    }

    boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }

    static Language language(String field, String tag) {
        if (tag == null) {
            throw new InvalidInputException(field, "is required");
        }
        return Language.fromTag(tag).filter(l -> l.tag().equals(tag)).orElseThrow(() -> new InvalidInputException(
                field, "must be one of the 17 language codes: zh, en, pt, ru, hi, ar, fa, am, id, es, fr, ms, th, vi, "
                + "kk, uz, sw"));
    }
}
