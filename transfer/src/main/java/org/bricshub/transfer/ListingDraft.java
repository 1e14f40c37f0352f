package org.bricshub.transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bricshub.i18n.Language;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * A listing as a client sends it, every value still raw text (a JSON body, a form): {@link #violations} names every
 * field that breaks a rule at once (for a form to show each error next to its field), {@link #toInput} applies the
 * same rules and fails on the first. The rules themselves live in {@link ListingInput} and {@link ListingText}.
 *
 * @param trl the readiness level as written, e.g. {@code "6"}
 */
public record ListingDraft(String type, String language, String title, String summary, String problem,
                           String innovation, String advantages, String applications, List<String> keywords,
                           String trl, String field, List<String> ipc, List<String> dealTypes, List<String> patents,
                           String ipNotes, String price, String country, String institution) {
    public ListingDraft {
        keywords = copy(keywords);
        ipc = copy(ipc);
        dealTypes = copy(dealTypes);
        patents = copy(patents);
    }

    /** A copy that keeps what the client sent, null entries included: they are violations to report, not crashes. */
    private static List<String> copy(List<String> values) {
        return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Each field that breaks a rule (list entries under their list's name) with the first rule it breaks. */
    public Map<String, String> violations() {
        Map<String, String> found = new LinkedHashMap<>();
        check(found, () -> ListingType.parse("type", type));
        check(found, () -> language("language", language));
        check(found, () -> ListingText.checked("title", title));
        check(found, () -> ListingText.checked("summary", summary));
        check(found, () -> ListingText.checked("problem", problem));
        check(found, () -> ListingText.checked("innovation", innovation));
        check(found, () -> ListingText.checked("advantages", advantages));
        check(found, () -> ListingText.checked("applications", applications));
        check(found, () -> ListingText.checkedKeywords(keywords));
        check(found, () -> ListingInput.checkedTrl(trlValue()));
        check(found, () -> TechnologyField.parse("field", field));
        check(found, () -> ListingInput.checkedIpc(ipc));
        check(found, () -> ListingInput.checkedDeals(deals()));
        check(found, () -> ListingInput.checkedPatents(patents));
        check(found, () -> ListingText.optional("ipNotes", ipNotes, 1_000));
        check(found, () -> ListingText.optional("price", price, 200));
        check(found, () -> ListingInput.checkedCountry(country));
        check(found, () -> ListingInput.checkedInstitution(institution));
        return found;
    }

    /** @throws InvalidInputException naming the first field that breaks a rule */
    public ListingInput toInput() {
        ListingType t = ListingType.parse("type", type);
        Language lang = language("language", language);
        ListingText text = new ListingText(title, summary, problem, innovation, advantages, applications, keywords);
        return new ListingInput(t, lang, trlValue(), TechnologyField.parse("field", field), ipc, deals(), patents,
                ipNotes, price, country, institution, text);
    }

    /** One of the 17 language tags, exactly as the platform writes it. */
    public static Language language(String field, String tag) {
        if (tag == null || tag.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return Language.fromTag(tag).filter(l -> l.tag().equals(tag)).orElseThrow(() -> new InvalidInputException(
                field, "must be one of the 17 language codes: zh, en, pt, ru, hi, ar, fa, am, id, es, fr, ms, th, vi, "
                + "kk, uz, sw"));
    }

    private int trlValue() {
        if (trl == null || trl.isBlank()) {
            throw new InvalidInputException("trl", "is required: a technology readiness level from 1 to 9");
        }
        try {
            return Integer.parseInt(trl.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("trl", "must be a technology readiness level from 1 to 9");
        }
    }

    private List<DealType> deals() {
        return dealTypes == null ? List.of() : dealTypes.stream().map(d -> DealType.parse("dealTypes", d)).toList();
    }

    private static void check(Map<String, String> found, Supplier<Object> rule) {
        try {
            rule.get();
        } catch (InvalidInputException e) {
            int slash = e.field().indexOf('/');
            found.putIfAbsent(slash < 0 ? e.field() : e.field().substring(0, slash), e.rule());
        }
    }
}
