package org.bricshub.epcis;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity of an object class (EPCIS 2.0 §7.3.3.3).
 *
 * @param epcClass the class identifier (EPC class URN or Digital Link)
 * @param quantity the amount, {@code null} when unspecified
 * @param uom the UN/ECE Rec 20 unit code, {@code null} for a count
 */
public record QuantityElement(String epcClass, BigDecimal quantity, String uom) {
  public QuantityElement {
    Objects.requireNonNull(epcClass, "a quantity element requires an epcClass");
  }
}
