package org.bricshub.web.transfer;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.i18n.Formats;
import org.bricshub.i18n.Language;
import org.bricshub.transfer.Attachment;
import org.bricshub.transfer.AttachmentKind;
import org.bricshub.transfer.Listing;
import org.bricshub.transfer.ListingType;
import org.bricshub.transfer.SearchQuery;
import org.bricshub.transfer.SearchResult;
import org.bricshub.transfer.TechnologyTransfer;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.http.Callers;
import org.bricshub.web.pages.PageContext;
import org.bricshub.web.pages.Pages;
import org.bricshub.web.transfer.TransferPageViews.FacetValue;
import org.bricshub.web.transfer.TransferPageViews.FileView;
import org.bricshub.web.transfer.TransferPageViews.FacetView;
import org.bricshub.web.transfer.TransferPageViews.HitView;

/** The browse-and-search page and the listing page, in the negotiated language; registered by {@link TransferRoutes}. */
final class TransferPages {
    private final TechnologyTransfer transfer;
    private final Pages pages;
    private final TransferConsole console;

    TransferPages(TechnologyTransfer transfer, Callers callers, Pages pages) {
        this.transfer = transfer;
        this.pages = pages;
        this.console = new TransferConsole(transfer, callers, pages);
    }

    void register(ApiRouter router) {
        router.plain(HandlerType.GET, "/transfer", this::search);
        router.plain(HandlerType.GET, "/transfer/listings/{id}", this::listing);
        MyListingPages mine = new MyListingPages(console);
        ListingFormPages form = new ListingFormPages(console, mine);
        form.register(router);
        mine.register(router, form);
        new ModerationPage(console).register(router);
    }

    private void search(Context ctx) {
        PageContext page = pages.context(ctx);
        SearchQuery query = SearchParams.read(ctx, page.language());
        SearchResult r = transfer.search(query);
        List<HitView> hits = r.hits().stream().map(h -> hit(page, h.id(), h.title(), h.titleLanguage(), h.type(),
                h.country(), h.trl(), h.highlight())).toList();
        List<FacetView> facets = new ArrayList<>();
        facets.add(facet(page, ctx, "type", "transfer.facet.type", r, v -> page.t("transfer.type." + v)));
        facets.add(facet(page, ctx, "country", "transfer.facet.country", r,
                v -> Formats.country(page.language(), v)));
        facets.add(facet(page, ctx, "language", "transfer.facet.language", r,
                v -> Language.fromTag(v).map(Language::endonym).orElse(v)));
        pages.render(ctx, page, "transfer-search.jte", Map.of("page", page, "view",
                new TransferPageViews.SearchView(query.text(), page.t("transfer.search.results", r.total()), hits,
                        facets)));
    }

    private void listing(Context ctx) {
        PageContext page = pages.context(ctx);
        Listing l = transfer.get(Optional.empty(), InterestRoutes.id(ctx));
        Language shown = l.versions().containsKey(page.language()) ? page.language() : l.facts().language();
        List<HitView> matches = transfer.matches(Optional.empty(), l.id(), 10).stream().map(m -> hit(page, m.id(),
                m.title(), m.language(), m.type(), "", 0, "")).toList();
        String machine = l.isMachineTranslated(shown) ? page.t("transfer.listing.machine", l.machine().get(shown))
                : "";
        List<FileView> images = new ArrayList<>();
        List<FileView> documents = new ArrayList<>();
        for (Attachment a : transfer.attachments(Optional.empty(), l.id())) {
            String href = "/api/transfer/listings/" + l.id() + "/files/" + a.sha256();
            FileView f = new FileView(a.name(), href, a.kind() == AttachmentKind.IMAGE ? href + "/thumbnail" : "",
                    Formats.number(page.language(), Math.max(1, a.size() / 1024)) + " KB");
            (a.kind() == AttachmentKind.IMAGE ? images : documents).add(f);
        }
        pages.render(ctx, page, "transfer-listing.jte", Map.of("page", page, "view",
                new TransferPageViews.ListingView(l.textIn(shown).title(), shown.tag(), dir(shown),
                        l.textIn(shown).summary(), page.t("transfer.type." + l.facts().type().wireName()),
                        Integer.toString(l.facts().trl()), l.facts().institution(),
                        Formats.country(page.language(), l.facts().country()), matches, machine, images, documents)));
    }

    private static HitView hit(PageContext page, long id, String title, Language lang, ListingType type, String country,
                               int trl, String highlight) {
        return new HitView("/transfer/listings/" + id + "?lang=" + page.lang(), title, lang.tag(), dir(lang),
                page.t("transfer.type." + type.wireName()),
                country.isEmpty() ? "" : Formats.country(page.language(), country), trl, highlight);
    }

    private static FacetView facet(PageContext page, Context ctx, String dim, String titleKey, SearchResult r,
                                   java.util.function.Function<String, String> label) {
        List<FacetValue> values = new ArrayList<>();
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        r.facets().getOrDefault(dim, Map.of()).forEach((value, count) -> values.add(new FacetValue(label.apply(value),
                count, "/transfer?lang=" + page.lang() + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&"
                + dim + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return new FacetView(page.t(titleKey), values);
    }

    private static String dir(Language l) {
        return l.isRightToLeft() ? "rtl" : "ltr";
    }
}
