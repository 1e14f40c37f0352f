package org.bricshub.journey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bricshub.trace.CodeCheck;
import org.bricshub.trace.Product;

/**
 * What a consumer who scanned a code may see: whether the code is genuine, the product, and the published steps of
 * its whole-chain journey in time order.
 *
 * @param item the scanned item's canonical Digital Link (id.gs1.org, key and qualifiers)
 * @param check the genuine check; a code that is not genuine has no product and no steps
 * @param truncated whether a {@link JourneyLimits} bound cut the walk short
 */
public record Journey(String item, CodeCheck check, Optional<Product> product, List<JourneyStep> steps,
        boolean truncated) {
    public Journey {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(check, "check");
        steps = List.copyOf(steps);
    }

    public boolean genuine() {
        return check.genuine();
    }
}
