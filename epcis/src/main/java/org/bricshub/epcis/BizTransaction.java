package org.bricshub.epcis;

import java.util.Objects;

/**
 * A business transaction reference (EPCIS 2.0 §7.3.5.2).
 *
 * @param type the transaction type, compact CBV value (e.g. {@code po}) or URI; {@code null} when untyped
 * @param value the transaction identifier
 */
public record BizTransaction(String type, String value) {
  public BizTransaction {
    Objects.requireNonNull(value, "a business transaction requires an identifier");
  }
}
