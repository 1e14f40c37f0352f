package org.bricshub.trace;

import java.time.Instant;
import java.util.UUID;

/** What the scan writer's queue carries: a scan, or a place the browser offered for an earlier scan. */
sealed interface ScanWork permits Scan, ScanWork.PlaceReport {

    /** Coordinates offered at {@code at} for the scan {@code scanId}. */
    record PlaceReport(UUID scanId, ScanPlace place, Instant at) implements ScanWork {
    }
}
