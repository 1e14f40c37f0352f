package org.bricshub.epcis;

import java.util.List;

/** Dispositions that persist across events, set or unset by this one (EPCIS 2.0 §7.3.5.3). */
public record PersistentDisposition(List<String> set, List<String> unset) {
  public PersistentDisposition {
    set = List.copyOf(set);
    unset = List.copyOf(unset);
  }
}
