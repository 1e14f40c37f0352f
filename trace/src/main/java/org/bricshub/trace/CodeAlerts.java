package org.bricshub.trace;

import java.util.Set;
import org.bricshub.gs1.DigitalLink;

/** The alerts in force for a scanned code, shown to the consumer on the journey page. */
@FunctionalInterface
public interface CodeAlerts {
    CodeAlerts NONE = link -> Set.of();

    Set<CodeAlert> activeFor(DigitalLink link);
}
