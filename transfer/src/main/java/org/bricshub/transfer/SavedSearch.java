package org.bricshub.transfer;

import java.time.Instant;
import java.util.List;

/** A search an organisation keeps; a newly published listing that it finds raises an {@link Alert}. */
public record SavedSearch(long id, long orgId, String name, String text, org.bricshub.i18n.Language language,
                          List<ListingType> types, Instant createdAt) {
    public SavedSearch {
        name = ListingText.required("name", name, 200);
        text = ListingText.required("q", text, 500);
        types = List.copyOf(types);
    }

    SearchQuery query() {
        return SearchQuery.of(text, language).withTypes(types);
    }
}
