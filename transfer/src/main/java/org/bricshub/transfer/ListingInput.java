package org.bricshub.transfer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.bricshub.i18n.Language;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * What an organisation writes when it creates or edits a listing: the facts that hold in every language, and the
 * text in the listing's original language.
 *
 * @param trl       technology readiness level, 1 to 9 (for a demand: the level sought)
 * @param ipc       up to 20 IPC/CPC classes such as {@code H01L} or {@code H01L 31/04}
 * @param dealTypes at least one
 * @param patents   up to 50 patent and application numbers such as {@code CN112345678A}
 * @param ipNotes   know-how and other IP remarks, up to 1,000 characters
 * @param price     the price expectation in free text, up to 200 characters
 * @param country   ISO 3166-1 alpha-2 code of the owner's country
 */
public record ListingInput(ListingType type, Language language, int trl, TechnologyField field, List<String> ipc,
                           List<DealType> dealTypes, List<String> patents, String ipNotes, String price,
                           String country, String institution, ListingText text) {
    private static final Pattern IPC = Pattern.compile("[A-H][0-9]{2}[A-Z]( ?[0-9]{1,4}/[0-9]{1,6})?");
    private static final Pattern PATENT = Pattern.compile("[A-Z]{2}[0-9A-Z./-]{3,30}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public ListingInput {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        checkedTrl(trl);
        ipc = checkedIpc(ipc);
        patents = checkedPatents(patents);
        dealTypes = checkedDeals(dealTypes);
        ipNotes = ListingText.optional("ipNotes", ipNotes, 1_000);
        price = ListingText.optional("price", price, 200);
        country = checkedCountry(country);
        institution = checkedInstitution(institution);
    }

    static int checkedTrl(int trl) {
        if (trl < 1 || trl > 9) {
            throw new InvalidInputException("trl", "must be a technology readiness level from 1 to 9");
        }
        return trl;
    }

    static List<String> checkedIpc(List<String> ipc) {
        return checkedList("ipc", ipc, 20, IPC, "must be an IPC/CPC class such as H01L or H01L 31/04");
    }

    static List<String> checkedPatents(List<String> patents) {
        return checkedList("patents", patents, 50, PATENT, "must be a patent or application number such as "
                + "CN112345678A");
    }

    static List<DealType> checkedDeals(List<DealType> dealTypes) {
        List<DealType> deals = dealTypes == null ? List.of() : List.copyOf(Set.copyOf(dealTypes)).stream().sorted()
                .toList();
        if (deals.isEmpty()) {
            throw new InvalidInputException("dealTypes", "at least one deal type is required");
        }
        return deals;
    }

    static String checkedCountry(String country) {
        if (country == null || !COUNTRIES.contains(country)) {
            throw new InvalidInputException("country", "must be an ISO 3166-1 alpha-2 code in upper case");
        }
        return country;
    }

    static String checkedInstitution(String institution) {
        return ListingText.required("institution", institution, 200);
    }

    private static List<String> checkedList(String field, List<String> values, int max, Pattern shape, String rule) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw new InvalidInputException(field, "at most " + max + " entries");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || !shape.matcher(values.get(i)).matches()) {
                throw new InvalidInputException(field + "/" + i, rule);
            }
        }
        return List.copyOf(values);
    }
}
