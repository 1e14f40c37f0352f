package org.bricshub.web.scans;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.i18n.Formats;
import org.bricshub.i18n.Language;
import org.bricshub.trace.ScanSummary;

/**
 * The geometry of the console's bar chart, computed here so that the template only writes SVG elements: one bar per
 * day, stacked by country (the five busiest countries in their own colours, the rest together, unknown in grey).
 */
public record ScanChart(int width, int height, List<Bar> bars, List<Legend> legend, String max, String from, String to,
                 String total) {
    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    private static final String[] PALETTE = {"#1b6ca8", "#d9822b", "#2e8b57", "#8e44ad", "#c0392b"};
    private static final String OTHER = "#7f8c8d";
    private static final String UNKNOWN = "#bdc3c7";

    public record Bar(String x, String y, String width, String height, String fill, String title) {
    }

    public record Legend(String name, String fill, String scans) {
    }

    public ScanChart {
        bars = List.copyOf(bars);
        legend = List.copyOf(legend);
    }

    static ScanChart of(ScanSummary summary, Language language, String otherLabel, String unknownLabel) {
        Map<String, Long> byCountry = new HashMap<>();
        Map<LocalDate, Long> byDay = new HashMap<>();
        for (ScanSummary.Count c : summary.counts()) {
            byCountry.merge(c.country().orElse(""), c.scans(), Long::sum);
            byDay.merge(c.day(), c.scans(), Long::sum);
        }
        Map<String, String> fills = new LinkedHashMap<>();
        byCountry.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(PALETTE.length).forEach(e -> fills.put(e.getKey(), PALETTE[fills.size()]));
        long max = Math.max(1, byDay.values().stream().mapToLong(Long::longValue).max().orElse(1));
        long days = ChronoUnit.DAYS.between(summary.from(), summary.to()) + 1;
        double slot = (double) WIDTH / days;
        Map<LocalDate, Long> stacked = new HashMap<>();
        List<Bar> bars = new ArrayList<>();
        List<ScanSummary.Count> ordered = summary.counts().stream()
                .sorted(Comparator.comparing(ScanSummary.Count::day)
                        .thenComparing(c -> order(c.country(), fills))).toList();
        for (ScanSummary.Count c : ordered) {
            long below = stacked.merge(c.day(), c.scans(), Long::sum) - c.scans();
            double h = (double) HEIGHT * c.scans() / max;
            double y = HEIGHT - (double) HEIGHT * below / max - h;
            double x = slot * ChronoUnit.DAYS.between(summary.from(), c.day());
            String name = c.country().map(code -> Formats.country(language, code)).orElse(unknownLabel);
            bars.add(new Bar(num(x + slot * 0.1), num(y), num(Math.max(1, slot * 0.8)), num(h),
                    fill(c.country(), fills), Formats.date(language, c.day()) + " · " + name + ": "
                    + Formats.number(language, c.scans())));
        }
        List<Legend> legend = new ArrayList<>();
        fills.forEach((code, fill) -> legend.add(new Legend(Formats.country(language, code), fill,
                Formats.number(language, byCountry.get(code)))));
        long others = byCountry.entrySet().stream().filter(e -> !e.getKey().isEmpty() && !fills.containsKey(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        if (others > 0) {
            legend.add(new Legend(otherLabel, OTHER, Formats.number(language, others)));
        }
        if (byCountry.containsKey("")) {
            legend.add(new Legend(unknownLabel, UNKNOWN, Formats.number(language, byCountry.get(""))));
        }
        return new ScanChart(WIDTH, HEIGHT, bars, legend, Formats.number(language, max),
                Formats.date(language, summary.from()), Formats.date(language, summary.to()),
                Formats.number(language, summary.total()));
    }

    private static int order(Optional<String> country, Map<String, String> fills) {
        if (country.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        int i = new ArrayList<>(fills.keySet()).indexOf(country.get());
        return i < 0 ? PALETTE.length : i;
    }

    private static String fill(Optional<String> country, Map<String, String> fills) {
        return country.map(c -> fills.getOrDefault(c, OTHER)).orElse(UNKNOWN);
    }

    private static String num(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
