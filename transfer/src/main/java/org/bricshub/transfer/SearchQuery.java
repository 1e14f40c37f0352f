package org.bricshub.transfer;

import java.util.List;
import java.util.Objects;
import org.bricshub.i18n.Language;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * A search over published listings. The text is read in {@code language} and expanded through the terminology into
 * the other languages; every filter list is "any of" (empty: no filter), and the filters combine with "and".
 *
 * @param text      free text, optionally with fielded clauses {@code title:…}, {@code ipc:H01L}, {@code keyword:…},
 *                  {@code concept:solar-cell}; up to 500 characters; blank lists everything
 * @param language  the language the text is written in, also the language of titles in the answer where a version exists
 * @param page      from 1
 * @param size      1 to 100; page × size at most 10,000
 */
public record SearchQuery(String text, Language language, List<ListingType> types, List<TechnologyField> fields,
                          List<String> ipc, List<String> countries, List<DealType> deals, List<Language> languages,
                          int trlMin, int trlMax, Order order, int page, int size) {
    /** The order of hits. */
    public enum Order {
        RELEVANCE, NEWEST, READINESS;

        /** @throws InvalidInputException naming {@code field} when unknown */
        public static Order parse(String field, String value) {
            return WireNames.parse(field, value, values(), o -> o.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public SearchQuery {
        text = ListingText.optional("q", text == null ? "" : text.strip(), 500);
        Objects.requireNonNull(language, "language");
        types = List.copyOf(types);
        fields = List.copyOf(fields);
        ipc = List.copyOf(ipc);
        countries = List.copyOf(countries);
        deals = List.copyOf(deals);
        languages = List.copyOf(languages);
        if (trlMin < 1 || trlMin > 9 || trlMax < 1 || trlMax > 9 || trlMin > trlMax) {
            throw new InvalidInputException("trl", "trlMin and trlMax must be levels 1 to 9 with trlMin <= trlMax");
        }
        Objects.requireNonNull(order, "order");
        if (page < 1) {
            throw new InvalidInputException("page", "must be at least 1");
        }
        if (size < 1 || size > 100) {
            throw new InvalidInputException("size", "must be from 1 to 100");
        }
        if ((long) page * size > 10_000) {
            throw new InvalidInputException("page", "page x size must be at most 10000; narrow the search instead");
        }
    }

    /** Everything published that matches the text, by relevance, first page of 20, in {@code language}. */
    public static SearchQuery of(String text, Language language) {
        return new SearchQuery(text, language, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 1, 9,
                Order.RELEVANCE, 1, 20);
    }

    /** This query restricted to listing types. */
    public SearchQuery withTypes(List<ListingType> only) {
        return new SearchQuery(text, language, only, fields, ipc, countries, deals, languages, trlMin, trlMax, order,
                page, size);
    }
}
