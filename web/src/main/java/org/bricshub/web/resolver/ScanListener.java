package org.bricshub.web.resolver;

import java.util.Optional;
import java.util.UUID;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.web.http.RequestView;

/** Told of every resolved scan (redirect, linkset or page); must return at once and never fail the request. */
@FunctionalInterface
public interface ScanListener {
    /** Request attribute holding the {@link UUID} of the scan recorded for a request answered by the routes. */
    String SCAN_ID = "bricshub.scanId";
    ScanListener NONE = (request, link) -> Optional.empty();

    /** @return the identifier of the scan recorded, if one was */
    Optional<UUID> scanned(RequestView request, DigitalLink link);
}
