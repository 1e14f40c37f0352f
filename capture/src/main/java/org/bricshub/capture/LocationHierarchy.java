package org.bricshub.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The descendants WD_readPoint and WD_bizLocation reach (EPCIS 2.0 §8.2.7.1) besides the children lists of
 * captured master data ({@link MasterDataConditions#withDescendants}): the hierarchy GS1 identifiers carry, in
 * which a GLN's sub-locations are its extensions (AI 254), {@code urn:epc:id:sgln:CP.LOC.0} (no extension) being
 * the parent of every {@code urn:epc:id:sgln:CP.LOC.<ext>}, and a Digital Link {@code .../414/<GLN>} the parent
 * of {@code .../414/<GLN>/254/<ext>}. Every location is its own descendant.
 */
final class LocationHierarchy {
    private static final Pattern SGLN_WITHOUT_EXTENSION = Pattern.compile("(urn:epc:id:sgln:[0-9]+\\.[0-9]*)\\.0");
    private static final Pattern GLN_LINK = Pattern.compile("https?://[^?#]+/414/[0-9]{13}");

    private LocationHierarchy() {}

    /** LIKE patterns (escaped) matching the strict descendants of {@code location}; empty when it has none. */
    static List<String> descendantPatterns(String location) {
        List<String> patterns = new ArrayList<>();
        Matcher sgln = SGLN_WITHOUT_EXTENSION.matcher(location);
        if (sgln.matches()) {
            patterns.add(SqlParameters.likeLiteral(sgln.group(1)) + ".%");
        }
        if (GLN_LINK.matcher(location).matches()) {
            patterns.add(SqlParameters.likeLiteral(location) + "/254/%");
        }
        return patterns;
    }
}
