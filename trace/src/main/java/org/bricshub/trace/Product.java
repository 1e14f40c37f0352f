package org.bricshub.trace;

import java.time.Instant;

/**
 * A registered product.
 *
 * @param orgId the organisation owning the GS1 company prefix of the GTIN
 */
public record Product(long orgId, NewProduct data, Instant createdAt) {
    public String gtin() {
        return data.gtin().value();
    }
}
