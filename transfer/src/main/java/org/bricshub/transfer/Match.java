package org.bricshub.transfer;

import java.util.List;
import org.bricshub.i18n.Language;

/**
 * A listing that answers another (an offer for a demand, a demand for an offer, an R&D request for another), with why.
 *
 * @param score relevance; comparable between the matches of one listing only
 */
public record Match(long id, ListingType type, String title, Language language, double score, Explanation explanation) {

    /**
     * Why two listings match.
     *
     * @param concepts  terminology concepts both texts name, with the term each side uses
     * @param classes   IPC subclasses both carry
     * @param sameField whether both are in the same field of technology
     * @param keywords  keywords both carry (compared case-insensitively)
     */
    public record Explanation(List<SharedConcept> concepts, List<String> classes, boolean sameField,
                              List<String> keywords) {
        public Explanation {
            concepts = List.copyOf(concepts);
            classes = List.copyOf(classes);
            keywords = List.copyOf(keywords);
        }
    }

    /** A concept named by both listings: {@code ours} in the asking listing's language, {@code theirs} in the match's. */
    public record SharedConcept(String concept, String ours, String theirs) {
    }
}
