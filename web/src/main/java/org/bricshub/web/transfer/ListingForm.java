package org.bricshub.web.transfer;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import org.bricshub.i18n.Language;
import org.bricshub.transfer.DealType;
import org.bricshub.transfer.Listing;
import org.bricshub.transfer.ListingDraft;
import org.bricshub.transfer.ListingInput;
import org.bricshub.transfer.ListingText;

/**
 * The create/edit form's values exactly as typed (so the page can show them again next to their errors). Lists are
 * typed comma-separated; the Chinese and Japanese commas separate too.
 */
public record ListingForm(String type, String language, String title, String summary, String problem,
                          String innovation, String advantages, String applications, String keywords, String trl,
                          String field, String ipc, List<String> dealTypes, String patents, String ipNotes,
                          String price, String country, String institution, boolean keepDraft) {
    private static final String SEPARATORS = "[,，、\\n]";

    public ListingForm {
        dealTypes = List.copyOf(dealTypes);
    }

    static ListingForm empty(Language language) {
        return new ListingForm("offer", language.tag(), "", "", "", "", "", "", "", "", "", "", List.of(), "", "", "",
                "", "", false);
    }

    static ListingForm read(Context ctx) {
        return new ListingForm(param(ctx, "type"), param(ctx, "language"), param(ctx, "title"), param(ctx, "summary"),
                param(ctx, "problem"), param(ctx, "innovation"), param(ctx, "advantages"), param(ctx, "applications"),
                param(ctx, "keywords"), param(ctx, "trl"), param(ctx, "field"), param(ctx, "ipc"),
                ctx.formParams("dealTypes"), param(ctx, "patents"), param(ctx, "ipNotes"), param(ctx, "price"),
                param(ctx, "country"), param(ctx, "institution"), "on".equals(ctx.formParam("draft")));
    }

    static ListingForm of(Listing l) {
        ListingInput f = l.facts();
        ListingText t = l.original();
        return new ListingForm(f.type().wireName(), f.language().tag(), t.title(), t.summary(), t.problem(),
                t.innovation(), t.advantages(), t.applications(), String.join(", ", t.keywords()),
                Integer.toString(f.trl()), f.field().wireName(), String.join(", ", f.ipc()),
                f.dealTypes().stream().map(DealType::wireName).toList(), String.join(", ", f.patents()), f.ipNotes(),
                f.price(), f.country(), f.institution(), false);
    }

    /** The values as the marketplace's draft; blank optional lists are empty lists. */
    ListingDraft toDraft() {
        return new ListingDraft(type, language, title, summary, problem, innovation, advantages, applications,
                list(keywords), trl, field, list(ipc), dealTypes, list(patents), ipNotes, price, country.strip(),
                institution);
    }

    public boolean hasDeal(String deal) {
        return dealTypes.contains(deal);
    }

    private static List<String> list(String typed) {
        return Arrays.stream(typed.split(SEPARATORS)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String param(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }
}
