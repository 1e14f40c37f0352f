package org.bricshub.web.transfer;

import java.util.List;
import java.util.Map;

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
                              String institution, String country, List<HitView> matches, String machineNote,
                              List<FileView> images, List<FileView> documents) {
    }

    /** An attachment as a link; {@code thumbnail} is empty for documents. */
    public record FileView(String name, String href, String thumbnail, String size) {
    }

    /** A choice in a select, radio group or checkbox group. */
    public record Option(String value, String label, boolean selected) {
    }

    /**
     * The create/edit form: the values as typed and, per field, the localised error to show next to it.
     *
     * @param failure an error that belongs to no field (e.g. the key may not write listings), or empty
     */
    public record FormView(String key, String action, String heading, ListingForm values, Map<String, String> errors,
                           List<Option> types, List<Option> languages, List<Option> fields, List<Option> deals,
                           String failure) {
        public String error(String field) {
            return errors.getOrDefault(field, "");
        }

        /** The value of the field's {@code aria-invalid} attribute. */
        public String invalid(String field) {
            return errors.containsKey(field) ? "true" : "false";
        }
    }

    /** A button of a listing's row: {@code value} is {@code step:id}. */
    public record Action(String value, String label) {
    }

    public record ListingRow(long id, String title, String lang, String dir, String type, String status, String href,
                             String note, List<Action> actions) {
    }

    /** My listings, or the key form when {@code signedIn} is false. */
    public record MyListingsView(String key, boolean signedIn, String message, String failure, List<ListingRow> rows) {
    }

    public record MatchRow(String href, String title, String lang, String dir, String type, List<String> reasons) {
    }

    public record MatchGroup(ListingRow listing, List<MatchRow> matches) {
    }

    public record MyMatchesView(String key, boolean signedIn, String failure, List<MatchGroup> groups) {
    }

    public record ModerationView(String key, boolean signedIn, String message, String failure, List<ListingRow> rows) {
    }
}
