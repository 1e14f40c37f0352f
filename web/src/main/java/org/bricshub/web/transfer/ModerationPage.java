package org.bricshub.web.transfer;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.ProblemException;
import org.bricshub.transfer.Listing;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.pages.PageContext;
import org.bricshub.web.transfer.TransferConsole.Step;
import org.bricshub.web.transfer.TransferPageViews.ModerationView;

/** The operator's moderation queue: listings under review, oldest first, to approve or reject with a reason. */
final class ModerationPage {
    private static final int QUEUE = 100;
    private final TransferConsole console;

    ModerationPage(TransferConsole console) {
        this.console = console;
    }

    void register(ApiRouter router) {
        router.plain(HandlerType.GET, "/transfer/moderation", ctx -> console.render(ctx, console.pages.context(ctx),
                "transfer-moderation.jte", new ModerationView("", false, "", "", List.of())));
        router.plain(HandlerType.POST, "/transfer/moderation", this::act);
    }

    private void act(Context ctx) {
        PageContext page = console.pages.context(ctx);
        Optional<Principal> caller = console.signIn(ctx);
        if (caller.isEmpty()) {
            ctx.status(401);
            console.render(ctx, page, "transfer-moderation.jte", new ModerationView("", false, "",
                    page.t("transfer.error.key"), List.of()));
            return;
        }
        String message = "";
        String failure = "";
        List<Listing> queue;
        try {
            Optional<Step> step = Step.parse(ctx.formParam("action"));
            if (step.isPresent()) {
                long id = step.get().id();
                Listing l = switch (step.get().name()) {
                    case "approve" -> console.transfer.approve(caller.get(), id);
                    case "reject" -> {
                        String reason = ctx.formParam("reason-" + id);
                        if (reason == null || reason.isBlank()) {
                            throw new InvalidInputException("reason", "is required");
                        }
                        yield console.transfer.reject(caller.get(), id, reason);
                    }
                    default -> throw new InvalidInputException("action",
                            "must be approve or reject");
                };
                message = page.t("transfer.my.saved", l.id(), page.t("transfer.status." + l.status().wireName()));
            }
        } catch (ProblemException e) {
            ctx.status(e.status());
            failure = e instanceof InvalidInputException invalid
                    && invalid.field().equals("reason") ? page.t("transfer.moderation.reasonRequired")
                    : page.t("transfer.action.failed", e.detail());
        }
        try {
            queue = console.transfer.moderationQueue(caller.get(), QUEUE);
        } catch (ProblemException e) {
            ctx.status(e.status());
            console.render(ctx, page, "transfer-moderation.jte", new ModerationView("", false, "",
                    page.t("transfer.action.failed", e.detail()), List.of()));
            return;
        }
        console.render(ctx, page, "transfer-moderation.jte", new ModerationView(TransferConsole.key(ctx), true,
                message, failure, queue.stream().map(l -> TransferConsole.row(page, l, List.of())).toList()));
    }
}
