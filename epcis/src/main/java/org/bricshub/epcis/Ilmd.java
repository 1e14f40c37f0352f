package org.bricshub.epcis;

import java.util.List;

/** Instance/lot master data (EPCIS 2.0 §7.3.6): user-defined members, in document order. */
public record Ilmd(List<Extension> members) {
  public Ilmd {
    members = List.copyOf(members);
  }
}
