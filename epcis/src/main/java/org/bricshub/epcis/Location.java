package org.bricshub.epcis;

import java.util.List;
import java.util.Objects;

/** A read point or business location (EPCIS 2.0 §7.3.4), with the extensions written inside it. */
public record Location(String id, List<Extension> extensions) {
  public Location {
    Objects.requireNonNull(id, "a location requires an id");
    extensions = List.copyOf(extensions);
  }

  /** A location with no extensions. */
  public static Location of(String id) {
    return new Location(id, List.of());
  }
}
