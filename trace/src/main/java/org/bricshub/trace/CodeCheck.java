package org.bricshub.trace;

import java.util.Optional;

/**
 * The answer to "is this code genuine?".
 *
 * @param genuine whether the code was issued by this platform for a registered batch
 * @param state the item's state when genuine
 */
public record CodeCheck(boolean genuine, String gtin, Optional<String> lot, Optional<String> serial,
        Optional<CodeState> state) {
}
