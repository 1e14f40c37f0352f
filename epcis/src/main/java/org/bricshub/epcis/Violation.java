package org.bricshub.epcis;

import java.util.Objects;

/**
 * One broken rule in an EPCIS document.
 *
 * @param location where: a JSON pointer ({@code /epcisBody/eventList/0/action}) or an XML path
 *     ({@code /EPCISDocument/EPCISBody/EventList/ObjectEvent[1]/action})
 * @param rule what is wrong, naming the rule
 */
public record Violation(String location, String rule) {
  public Violation {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public String toString() {
    return location + ": " + rule;
  }
}
