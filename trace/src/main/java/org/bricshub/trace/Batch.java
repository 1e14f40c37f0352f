package org.bricshub.trace;

import java.time.Instant;
import java.util.Optional;

/**
 * An issued batch (lot) of a product.
 *
 * @param serialFormat the FF1 serial format, empty for a batch of imported serials
 * @param uriTemplate the codes' Digital Link with {serial} in place of the serial
 */
public record Batch(long id, String gtin, String lot, long count, Optional<String> expiry,
        Optional<String> productionDate, Optional<SerialFormat> serialFormat, String uriTemplate, Instant createdAt) {
    public boolean imported() {
        return serialFormat.isEmpty();
    }
}
