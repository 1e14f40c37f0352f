package org.bricshub.web.transfer;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.LanguageNegotiation;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.transfer.DealType;
import org.bricshub.transfer.ListingType;
import org.bricshub.transfer.SearchQuery;
import org.bricshub.transfer.TechnologyField;

/** Reads a search from query parameters; repeated parameters (type=offer&type=rnd) mean "any of". */
final class SearchParams {
    private static final Pattern IPC = Pattern.compile("[A-H][0-9]{2}[A-Z].*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private SearchParams() {
    }

    static SearchQuery read(Context ctx) {
        String lang = ctx.queryParam("lang");
        return read(ctx, lang == null
                ? LanguageNegotiation.negotiate(null, ctx.header("Accept-Language"), Language.EN)
                : ListingBody.language("lang", lang));
    }

    /** The search with its text read in {@code language} (pages negotiate it; the API names it). */
    static SearchQuery read(Context ctx, Language language) {
        return new SearchQuery(ctx.queryParam("q"), language,
                all(ctx, "type", ListingType::parse),
                all(ctx, "field", TechnologyField::parse),
                checked(ctx, "ipc", IPC, "must be an IPC class such as H01L"),
                checked(ctx, "country", COUNTRY, "must be an ISO 3166-1 alpha-2 code in upper case"),
                all(ctx, "deal", DealType::parse),
                all(ctx, "language", ListingBody::language),
                integer(ctx, "trlMin", 1), integer(ctx, "trlMax", 9),
                SearchQuery.Order.parse("sort", ctx.queryParam("sort") == null ? "relevance" : ctx.queryParam("sort")),
                integer(ctx, "page", 1), integer(ctx, "size", 20));
    }

    static int integer(Context ctx, String name, int fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number, got '" + raw + "'");
        }
    }

    private static <T> List<T> all(Context ctx, String name, BiFunction<String, String, T> parse) {
        return ctx.queryParams(name).stream().map(v -> parse.apply(name, v)).toList();
    }

    private static List<String> checked(Context ctx, String name, Pattern shape, String rule) {
        return all(ctx, name, (field, v) -> {
            String value = v.toUpperCase(Locale.ROOT);
            if (!shape.matcher(value).matches()) {
                throw new InvalidInputException(field, rule);
            }
            return value;
        });
    }
}
