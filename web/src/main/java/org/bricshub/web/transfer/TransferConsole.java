package org.bricshub.web.transfer;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bricshub.i18n.Language;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.UnauthenticatedException;
import org.bricshub.transfer.Listing;
import org.bricshub.transfer.TechnologyTransfer;
import org.bricshub.web.http.Callers;
import org.bricshub.web.pages.PageContext;
import org.bricshub.web.pages.Pages;
import org.bricshub.web.transfer.TransferPageViews.Action;
import org.bricshub.web.transfer.TransferPageViews.ListingRow;

/**
 * What the marketplace's console pages share. As on the Product Code console, pages have no sessions yet: each form
 * carries the organisation's API key, used for that request only. The key is written back into the page's password
 * field so that the next action needs no retyping; such pages are never stored ({@code Cache-Control: no-store}),
 * and a form cannot be forged from another site because the attacker does not know the key.
 */
final class TransferConsole {
    private static final Pattern LENGTH_RULE = Pattern.compile("at most ([0-9,]+) characters");
    final TechnologyTransfer transfer;
    final Pages pages;
    private final Callers callers;

    TransferConsole(TechnologyTransfer transfer, Callers callers, Pages pages) {
        this.transfer = transfer;
        this.callers = callers;
        this.pages = pages;
    }

    /** The form's key, when it is valid. */
    Optional<Principal> signIn(Context ctx) {
        try {
            return Optional.of(callers.withKey(key(ctx)));
        } catch (UnauthenticatedException e) {
            return Optional.empty();
        }
    }

    static String key(Context ctx) {
        String key = ctx.formParam("key");
        return key == null ? "" : key.strip();
    }

    void render(Context ctx, PageContext page, String template, Object view) {
        ctx.header("Cache-Control", "no-store");
        pages.render(ctx, page, template, Map.of("page", page, "view", view));
    }

    /** A listing's row in the reader's language when a version exists, else in its original language. */
    static ListingRow row(PageContext page, Listing l, List<Action> actions) {
        Language shown = l.versions().containsKey(page.language()) ? page.language() : l.facts().language();
        String note = l.moderationNote().isBlank() ? "" : page.t("transfer.my.note", l.moderationNote());
        return new ListingRow(l.id(), l.textIn(shown).title(), shown.tag(), shown.isRightToLeft() ? "rtl" : "ltr",
                page.t("transfer.type." + l.facts().type().wireName()),
                page.t("transfer.status." + l.status().wireName()),
                "/transfer/listings/" + l.id() + "?lang=" + page.lang(), note, actions);
    }

    /** The marketplace's rules as short texts in the reader's language, by field. */
    static Map<String, String> localised(PageContext page, Map<String, String> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach((field, rule) -> errors.put(field, localised(page, rule)));
        return errors;
    }

    private static String localised(PageContext page, String rule) {
        if (rule.startsWith("is required") || rule.startsWith("at least one")) {
            return page.t("transfer.error.required");
        }
        Matcher m = LENGTH_RULE.matcher(rule);
        if (m.find()) {
            return page.t("transfer.error.length", Integer.parseInt(m.group(1).replace(",", "")));
        }
        if (rule.startsWith("at most")) {
            return page.t("transfer.error.count");
        }
        return page.t("transfer.error.invalid");
    }

    /** Parses an action button's value {@code step:id}. */
    record Step(String name, long id) {
        static Optional<Step> parse(String value) {
            if (value == null || !value.matches("[a-z]+:[0-9]{1,18}")) {
                return Optional.empty();
            }
            int colon = value.indexOf(':');
            return Optional.of(new Step(value.substring(0, colon), Long.parseLong(value.substring(colon + 1))));
        }
    }
}
