package org.bricshub.transfer;

import java.util.List;
import org.bricshub.i18n.Language;

/** Names of the search index's fields; text fields carry the language tag, e.g. {@code title_zh}. */
final class ListingFields {
    static final String ID = "id";
    static final String TYPE = "type";
    static final String LANGUAGE = "language";
    static final String VERSION = "version";
    static final String COUNTRY = "country";
    static final String FIELD = "field";
    static final String IPC = "ipc";
    static final String IPC_GROUP = "ipc_group";
    static final String TRL = "trl";
    static final String DEAL = "deal";
    static final String CONCEPT = "concept";
    static final String KEYWORD = "keyword";
    static final String PUBLISHED = "published";
    static final String TITLE = "title_";
    static final String BODY = "body_";
    static final List<String> TEXT_PREFIXES = List.of(TITLE, BODY);
    /** The facet dimensions, in the order answers list them. */
    static final List<String> FACETS = List.of(TYPE, FIELD, IPC, TRL, COUNTRY, DEAL, LANGUAGE);

    private ListingFields() {
    }

    static String title(Language l) {
        return TITLE + l.tag();
    }

    static String body(Language l) {
        return BODY + l.tag();
    }

    /** The IPC main group or subgroup without spaces (e.g. {@code H01L31/04}), or empty for a bare subclass. */
    static java.util.Optional<String> ipcGroup(String ipc) {
        return ipc.contains("/") ? java.util.Optional.of(ipc.replace(" ", "")) : java.util.Optional.empty();
    }

    /** The IPC subclass (e.g. {@code H01L}) that facets and matching compare; groups are too fine for either. */
    static String ipcSubclass(String ipc) {
        return ipc.substring(0, 4);
    }
}
