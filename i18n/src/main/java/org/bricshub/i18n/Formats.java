package org.bricshub.i18n;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Numbers, measurements, dates and country names in each of the 17 languages, from CLDR through ICU4J.
 *
 * <p>Dates follow each language's CLDR default calendar (Buddhist era for Thai, Solar Hijri for Persian, Gregorian
 * for the rest) and numbering system. Numbers keep at most {@value #MAX_FRACTION_DIGITS} fraction digits. A
 * language's CLDR data loads on its first use. All methods are thread-safe.
 */
public final class Formats {

    static final int MAX_FRACTION_DIGITS = 3;
    private static final String NO_BREAK_SPACE = "\u00A0";
    // EPCIS 2.0 JSON Schema, definitions/uom: a UN/ECE Recommendation 20 code.
    private static final Pattern UNECE_CODE = Pattern.compile("[A-Z0-9]{2,3}");
    private static final Pattern ALPHA_2 = Pattern.compile("[A-Za-z]{2}");

    private static final UnitTable UNITS = UnitTable.load();
    private static final Map<Language, LanguageFormats> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** The formatters of one language; ICU's number formatters are immutable, its date formats are cloned per use. */
    private record LanguageFormats(LocalizedNumberFormatter number, DateFormat date, DateFormat dateTime,
            Map<String, LocalizedNumberFormatter> measures, Map<String, String> countries) {

        static LanguageFormats of(Language language) {
            ULocale locale = language.uLocale();
            return new LanguageFormats(
                    NumberFormatter.withLocale(locale).precision(Precision.maxFraction(MAX_FRACTION_DIGITS)),
                    DateFormat.getDateInstance(DateFormat.MEDIUM, locale),
                    DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale),
                    new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private Formats() {
    }

    /** A number with the language's digits, separators and grouping, such as {@code 1 234,5} in Russian. */
    public static String number(Language language, Number value) {
        Objects.requireNonNull(value, "value is required");
        return of(language).number().format(value).toString();
    }

    /**
     * A measurement such as {@code 4.5°C}, {@code 4,5 °C} or {@code 21.5 كم/س}: a UN/ECE Rec. 20 unit code that CLDR
     * knows is written by ICU in the language; other codes as the number and the SI symbol, or the code itself.
     *
     * @param uneceCode the unit code as EPCIS carries it ({@code uom}), such as {@code CEL}, {@code P1}, {@code KGM}
     * @throws IllegalArgumentException when the code is not 2 or 3 upper-case letters or digits
     */
    public static String measure(Language language, Number value, String uneceCode) {
        Objects.requireNonNull(value, "value is required");
        if (uneceCode == null || !UNECE_CODE.matcher(uneceCode).matches()) {
            throw new IllegalArgumentException("a unit code must be a UN/ECE Rec. 20 code of 2-3 upper-case letters or"
                    + " digits, was " + uneceCode);
        }
        LanguageFormats formats = of(language);
        return UNITS.unit(uneceCode).map(unit -> {
            if (unit.cldr() != null) {
                return formats.measures().computeIfAbsent(uneceCode, code -> formats.number()
                        .unit(unit.cldr()).unitWidth(NumberFormatter.UnitWidth.SHORT)).format(value).toString();
            }
            return unit.isCount() ? number(language, value) : number(language, value) + NO_BREAK_SPACE + unit.symbol();
        }).orElseGet(() -> number(language, value) + NO_BREAK_SPACE + uneceCode);
    }

    /**
     * The name of a country or territory in a language, from CLDR, such as {@code Afrika Kusini} for {@code ZA}.
     *
     * @param alpha2 an ISO 3166-1 alpha-2 code, any case
     * @throws IllegalArgumentException when the code is not a territory CLDR knows
     */
    public static String country(Language language, String alpha2) {
        if (!isCountryCode(alpha2)) {
            throw new IllegalArgumentException("a country must be an ISO 3166-1 alpha-2 code, was " + alpha2);
        }
        String code = alpha2.toUpperCase(Locale.ROOT);
        return of(language).countries().computeIfAbsent(code,
                c -> new ULocale("", c).getDisplayCountry(language.uLocale()));
    }

    /** Whether a value is an ISO 3166-1 alpha-2 code of a territory CLDR knows (any case). */
    public static boolean isCountryCode(String alpha2) {
        if (alpha2 == null || !ALPHA_2.matcher(alpha2).matches()) {
            return false;
        }
        try {
            return Region.getInstance(alpha2.toUpperCase(Locale.ROOT)).getType() == Region.RegionType.TERRITORY;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** The name of a language in the viewer's language, such as {@code 葡萄牙语} for Portuguese seen in Chinese. */
    public static String languageName(Language viewer, Language language) {
        return language.uLocale().getDisplayLanguage(viewer.uLocale());
    }

    /** A calendar date in the language's medium style, such as {@code Mar 12, 2026} or {@code 2026年3月12日}. */
    public static String date(Language language, LocalDate date) {
        Objects.requireNonNull(date, "date is required");
        DateFormat format = (DateFormat) of(language).date().clone();
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /**
     * An instant as date and time of day in a time zone, medium date and short time of the language.
     *
     * @param zone where the time is read, such as the event's {@code eventTimeZoneOffset} ({@code ZoneOffset.of("+08:00")})
     */
    public static String dateTime(Language language, Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant is required");
        DateFormat format = (DateFormat) of(language).dateTime().clone();
        format.setTimeZone(icuZone(Objects.requireNonNull(zone, "zone is required")));
        return format.format(Date.from(instant));
    }

    private static LanguageFormats of(Language language) {
        return BY_LANGUAGE.computeIfAbsent(Objects.requireNonNull(language, "language is required"), LanguageFormats::of);
    }

    private static TimeZone icuZone(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            // ICU reads fixed offsets as custom "GMT±hh:mm" zones.
            return TimeZone.getTimeZone(offset.getTotalSeconds() == 0 ? "GMT" : "GMT" + offset.getId());
        }
        return TimeZone.getTimeZone(zone.getId());
    }
}
