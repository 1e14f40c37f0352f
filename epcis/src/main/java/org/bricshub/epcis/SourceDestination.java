package org.bricshub.epcis;

import java.util.Objects;

/**
 * A source or destination of a transfer (EPCIS 2.0 §7.3.5.4).
 *
 * @param type the type, compact CBV value (e.g. {@code owning_party}) or URI
 * @param value the party or location identifier
 */
public record SourceDestination(String type, String value) {
  public SourceDestination {
    Objects.requireNonNull(type, "a source or destination requires a type");
    Objects.requireNonNull(value, "a source or destination requires an identifier");
  }
}
