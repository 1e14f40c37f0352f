package org.bricshub.journey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.platform.problem.NotFoundException;
import org.bricshub.trace.Location;
import org.bricshub.trace.ProductCodes;

/** Turns reached events into journey steps: places by GLN and parties by organisation, each read once per walk. */
final class StepDetails {
    private final ProductCodes codes;
    private final OrganisationStore organisations;
    private final Map<String, Optional<Place>> places = new HashMap<>();
    private final Map<Long, Optional<Party>> parties = new HashMap<>();

    StepDetails(ProductCodes codes, OrganisationStore organisations) {
        this.codes = codes;
        this.organisations = organisations;
    }

    JourneyStep step(ChainWalk.Found found) {
        StoredEvent e = found.event();
        var json = e.json();
        Optional<Place> place = EventReading.gln(json).flatMap(gln -> places.computeIfAbsent(gln, this::place));
        Optional<Party> party = parties.computeIfAbsent(e.orgId(), id -> organisations.find(id)
                .map(o -> new Party(o.id(), o.name(), o.country(), o.kind())));
        return new JourneyStep(e.hashId(), e.type(), e.time(), json.path("eventTimeZoneOffset").asText("+00:00"),
                EventReading.text(json, "action"), EventReading.text(json, "bizStep"),
                EventReading.text(json, "disposition"), place, party, EventReading.certificates(json),
                EventReading.sensors(json), found.reach(), found.subject());
    }

    private Optional<Place> place(String gln) {
        try {
            Location l = codes.location(gln);
            return Optional.of(new Place(l.gln(), l.data().name(), l.data().country(), l.data().latitude(),
                    l.data().longitude()));
        } catch (NotFoundException e) { // a location nobody registered: the step shows no place
            return Optional.empty();
        }
    }
}
