package org.bricshub.web.transfer;

import java.util.List;

/** What the Technology Transfer page templates show, prepared so that templates hold no logic. */
public final class TransferPageViews {
    private TransferPageViews() {
    }

    /** One search hit. {@code highlight} is HTML already escaped by the search, with matched terms in {@code <b>}. */
    public record HitView(String href, String title, String lang, String dir, String type, String country, int trl,
                          String highlight) {
    }

    /** A facet value as a link that narrows the search. */
    public record FacetValue(String label, int count, String href) {
    }

    public record FacetView(String title, List<FacetValue> values) {
    }

    public record SearchView(String q, String resultsText, List<HitView> hits, List<FacetView> facets) {
    }

    public record ListingView(String title, String lang, String dir, String summary, String type, String trl,
                              String institution, String country, List<HitView> matches) {
    }
}
