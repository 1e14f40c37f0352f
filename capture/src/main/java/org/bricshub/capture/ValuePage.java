package org.bricshub.capture;

import java.util.List;

/**
 * One page of a browse resource's values, in ascending order.
 *
 * @param nextPageToken the token of the next page, or {@code null} on the last page
 */
public record ValuePage(List<String> values, String nextPageToken) {
    public ValuePage {
        values = List.copyOf(values);
    }
}
