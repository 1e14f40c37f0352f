package org.bricshub.web.transfer;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.i18n.Language;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.ProblemException;
import org.bricshub.transfer.DealType;
import org.bricshub.transfer.Listing;
import org.bricshub.transfer.ListingDraft;
import org.bricshub.transfer.ListingType;
import org.bricshub.transfer.TechnologyField;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.pages.PageContext;
import org.bricshub.web.transfer.TransferPageViews.FormView;
import org.bricshub.web.transfer.TransferPageViews.Option;

/**
 * Create and edit a listing. The server validates every field at once and shows the form again, values as typed,
 * each error next to its field; text is stored as typed (markup included) and escaped wherever shown.
 */
final class ListingFormPages {
    private final TransferConsole console;
    private final MyListingPages mine;

    ListingFormPages(TransferConsole console, MyListingPages mine) {
        this.console = console;
        this.mine = mine;
    }

    void register(ApiRouter router) {
        router.plain(HandlerType.GET, "/transfer/new", ctx -> {
            PageContext page = console.pages.context(ctx);
            show(ctx, page, "", null, ListingForm.empty(page.language()), Map.of(), "");
        });
        router.plain(HandlerType.POST, "/transfer/new", ctx -> save(ctx, null));
        router.plain(HandlerType.POST, "/transfer/listings/{id}/edit", ctx -> save(ctx, InterestRoutes.id(ctx)));
    }

    /** The edit form filled with a listing's current values (my listings' edit button). */
    void edit(Context ctx, PageContext page, String key, Listing l) {
        show(ctx, page, key, l.id(), ListingForm.of(l), Map.of(), "");
    }

    private void save(Context ctx, Long id) {
        PageContext page = console.pages.context(ctx);
        ListingForm form = ListingForm.read(ctx);
        String key = TransferConsole.key(ctx);
        Optional<Principal> caller = console.signIn(ctx);
        ListingDraft draft = form.toDraft();
        Map<String, String> errors = new LinkedHashMap<>(TransferConsole.localised(page, draft.violations()));
        if (caller.isEmpty()) {
            errors.put("key", page.t("transfer.error.key"));
        }
        if (!errors.isEmpty()) {
            ctx.status(caller.isEmpty() ? 401 : 400);
            show(ctx, page, key, id, form, errors, "");
            return;
        }
        try {
            Listing saved = id == null ? console.transfer.create(caller.get(), draft.toInput(), form.keepDraft())
                    : console.transfer.update(caller.get(), id, draft.toInput());
            mine.show(ctx, page, caller.get(), key, page.t("transfer.my.saved", saved.id(),
                    page.t("transfer.status." + saved.status().wireName())), "");
        } catch (InvalidInputException e) {
            ctx.status(400);
            show(ctx, page, key, id, form, TransferConsole.localised(page, Map.of(e.field(), e.rule())), "");
        } catch (ProblemException e) {
            ctx.status(e.status());
            show(ctx, page, key, id, form, Map.of(), page.t("transfer.action.failed", e.detail()));
        }
    }

    private void show(Context ctx, PageContext page, String key, Long id, ListingForm values,
                      Map<String, String> errors, String failure) {
        String action = (id == null ? "/transfer/new" : "/transfer/listings/" + id + "/edit") + "?lang=" + page.lang();
        List<Option> types = Arrays.stream(ListingType.values()).map(t -> new Option(t.wireName(),
                page.t("transfer.type." + t.wireName()), t.wireName().equals(values.type()))).toList();
        List<Option> languages = Arrays.stream(Language.values()).map(l -> new Option(l.tag(), l.endonym(),
                l.tag().equals(values.language()))).toList();
        List<Option> fields = Arrays.stream(TechnologyField.values()).map(f -> new Option(f.wireName(),
                page.t("transfer.field." + f.wireName()), f.wireName().equals(values.field()))).toList();
        List<Option> deals = Arrays.stream(DealType.values()).map(d -> new Option(d.wireName(),
                page.t("transfer.deal." + d.name().toLowerCase(java.util.Locale.ROOT)), values.hasDeal(d.wireName()))).toList();
        console.render(ctx, page, "transfer-form.jte", new FormView(key, action,
                page.t(id == null ? "transfer.form.create" : "transfer.form.edit"), values, errors, types, languages,
                fields, deals, failure));
    }
}
