package org.bricshub.epcis;

import java.util.List;

/**
 * An EPCIS document or event broke the schema or a semantic rule; the REST binding's {@code ValidationException}
 * (EPCIS 2.0 §12.3). Carries every violation found, each with its location.
 */
public final class EpcisValidationException extends RuntimeException {
  private final List<Violation> violations;

  /** An exception carrying at least one violation. */
  public EpcisValidationException(List<Violation> violations) {
    super(summary(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** Every violation found, in document order. */
  public List<Violation> violations() {
    return violations;
  }

  private static String summary(List<Violation> violations) {
    String first = violations.isEmpty() ? "" : violations.getFirst().toString();
    return violations.size() == 1 ? first : violations.size() + " violations, first " + first;
  }
}
