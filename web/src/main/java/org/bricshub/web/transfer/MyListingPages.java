package org.bricshub.web.transfer;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.ProblemException;
import org.bricshub.transfer.Listing;
import org.bricshub.transfer.ListingStatus;
import org.bricshub.transfer.Match;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.pages.PageContext;
import org.bricshub.web.transfer.TransferConsole.Step;
import org.bricshub.web.transfer.TransferPageViews.Action;
import org.bricshub.web.transfer.TransferPageViews.MatchGroup;
import org.bricshub.web.transfer.TransferPageViews.MatchRow;
import org.bricshub.web.transfer.TransferPageViews.MyListingsView;
import org.bricshub.web.transfer.TransferPageViews.MyMatchesView;

/**
 * My listings (status and the steps the owner may take: edit, submit for review, withdraw, renew, concluded) and my
 * matches (for each published listing, its best matches with why).
 */
final class MyListingPages {
    private static final int MATCHES_PER_LISTING = 5;
    private final TransferConsole console;
    private ListingFormPages form;

    MyListingPages(TransferConsole console) {
        this.console = console;
    }

    void register(ApiRouter router, ListingFormPages editForm) {
        this.form = editForm;
        router.plain(HandlerType.GET, "/transfer/my", ctx -> console.render(ctx, console.pages.context(ctx),
                "transfer-my.jte", new MyListingsView("", false, "", "", List.of())));
        router.plain(HandlerType.POST, "/transfer/my", this::act);
        router.plain(HandlerType.GET, "/transfer/my/matches", ctx -> console.render(ctx, console.pages.context(ctx),
                "transfer-matches.jte", new MyMatchesView("", false, "", List.of())));
        router.plain(HandlerType.POST, "/transfer/my/matches", this::matches);
    }

    private void act(Context ctx) {
        PageContext page = console.pages.context(ctx);
        Optional<Principal> caller = console.signIn(ctx);
        if (caller.isEmpty()) {
            ctx.status(401);
            console.render(ctx, page, "transfer-my.jte", new MyListingsView("", false, "",
                    page.t("transfer.error.key"), List.of()));
            return;
        }
        Principal p = caller.get();
        Optional<Step> step = Step.parse(ctx.formParam("action"));
        String message = "";
        String failure = "";
        try {
            if (step.isPresent()) {
                long id = step.get().id();
                Listing changed = switch (step.get().name()) {
                    case "edit" -> {
                        form.edit(ctx, page, TransferConsole.key(ctx), console.transfer.get(caller, id));
                        yield null;
                    }
                    case "submit" -> console.transfer.submit(p, id);
                    case "withdraw" -> console.transfer.withdraw(p, id);
                    case "renew" -> console.transfer.renew(p, id);
                    case "conclude" -> console.transfer.conclude(p, id);
                    default -> throw new InvalidInputException("action",
                            "must be edit, submit, withdraw, renew or conclude");
                };
                if (changed == null) {
                    return;
                }
                message = page.t("transfer.my.saved", changed.id(),
                        page.t("transfer.status." + changed.status().wireName()));
            }
        } catch (ProblemException e) {
            ctx.status(e.status());
            failure = page.t("transfer.action.failed", e.detail());
        }
        show(ctx, page, p, TransferConsole.key(ctx), message, failure);
    }

    void show(Context ctx, PageContext page, Principal caller, String key, String message, String failure) {
        List<TransferPageViews.ListingRow> rows = console.transfer.mine(caller).stream()
                .map(l -> TransferConsole.row(page, l, actions(page, l))).toList();
        console.render(ctx, page, "transfer-my.jte", new MyListingsView(key, true, message, failure, rows));
    }

    private static List<Action> actions(PageContext page, Listing l) {
        List<Action> actions = new ArrayList<>();
        ListingStatus s = l.status();
        if (s != ListingStatus.WITHDRAWN && s != ListingStatus.CONCLUDED) {
            actions.add(action(page, "edit", l));
        }
        if (s == ListingStatus.DRAFT) {
            actions.add(action(page, "submit", l));
        }
        if (s == ListingStatus.PUBLISHED || s == ListingStatus.EXPIRED) {
            actions.add(action(page, "renew", l));
            actions.add(action(page, "conclude", l));
        }
        if (s != ListingStatus.WITHDRAWN && s != ListingStatus.CONCLUDED) {
            actions.add(action(page, "withdraw", l));
        }
        return actions;
    }

    private static Action action(PageContext page, String step, Listing l) {
        return new Action(step + ":" + l.id(), page.t("transfer.action." + step));
    }

    private void matches(Context ctx) {
        PageContext page = console.pages.context(ctx);
        Optional<Principal> caller = console.signIn(ctx);
        if (caller.isEmpty()) {
            ctx.status(401);
            console.render(ctx, page, "transfer-matches.jte", new MyMatchesView("", false,
                    page.t("transfer.error.key"), List.of()));
            return;
        }
        List<MatchGroup> groups = new ArrayList<>();
        for (Listing l : console.transfer.mine(caller.get())) {
            if (l.status() == ListingStatus.PUBLISHED) {
                List<MatchRow> rows = console.transfer.matches(caller, l.id(), MATCHES_PER_LISTING).stream()
                        .map(m -> match(page, m)).toList();
                groups.add(new MatchGroup(TransferConsole.row(page, l, List.of()), rows));
            }
        }
        console.render(ctx, page, "transfer-matches.jte", new MyMatchesView(TransferConsole.key(ctx), true, "",
                groups));
    }

    private static MatchRow match(PageContext page, Match m) {
        List<String> reasons = new ArrayList<>();
        Match.Explanation e = m.explanation();
        if (!e.concepts().isEmpty()) {
            reasons.add(page.t("transfer.matches.concepts", String.join(", ", e.concepts().stream()
                    .map(c -> c.ours() + " ↔ " + c.theirs()).toList())));
        }
        if (!e.classes().isEmpty()) {
            reasons.add(page.t("transfer.matches.classes", String.join(", ", e.classes())));
        }
        if (e.sameField()) {
            reasons.add(page.t("transfer.matches.field"));
        }
        if (!e.keywords().isEmpty()) {
            reasons.add(page.t("transfer.matches.keywords", String.join(", ", e.keywords())));
        }
        return new MatchRow("/transfer/listings/" + m.id() + "?lang=" + page.lang(), m.title(), m.language().tag(),
                m.language().isRightToLeft() ? "rtl" : "ltr", page.t("transfer.type." + m.type().wireName()),
                reasons);
    }
}
