package org.bricshub.web.transfer;

import java.util.List;
import org.bricshub.transfer.ListingText;

/** The JSON body of a listing's version in another language. */
record VersionBody(String title, String summary, String problem, String innovation, String advantages,
                   String applications, List<String> keywords) {
    ListingText toText() {
        return new ListingText(title, summary, problem, innovation, advantages, applications, keywords);
    }
}
