package org.bricshub.capture;

import java.util.Objects;
import org.bricshub.epcis.MasterData;

/**
 * One page of a master-data query's results.
 *
 * @param masterData the matching vocabulary elements, by vocabulary type then element ID
 * @param nextPageToken the token of the next page, or {@code null} on the last page
 */
public record MasterDataPage(MasterData masterData, String nextPageToken) {
    public MasterDataPage {
        Objects.requireNonNull(masterData, "masterData");
    }
}
