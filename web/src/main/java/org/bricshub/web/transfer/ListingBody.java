package org.bricshub.web.transfer;

import java.util.List;
import org.bricshub.i18n.Language;
import org.bricshub.transfer.ListingDraft;
import org.bricshub.transfer.ListingInput;

/** The JSON body that creates or replaces a listing; {@link #toInput} applies the marketplace's rules. */
record ListingBody(String type, String language, String title, String summary, String problem, String innovation,
                   String advantages, String applications, List<String> keywords, Integer trl, String field,
                   List<String> ipc, List<String> dealTypes, List<String> patents, String ipNotes, String price,
                   String country, String institution, Boolean draft) {

    ListingInput toInput() {
        return new ListingDraft(type, language, title, summary, problem, innovation, advantages, applications,
                keywords, trl == null ? null : trl.toString(), field, ipc, dealTypes, patents, ipNotes, price, country,
                institution).toInput();
    }

    boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }

    static Language language(String field, String tag) {
        return ListingDraft.language(field, tag);
    }
}
