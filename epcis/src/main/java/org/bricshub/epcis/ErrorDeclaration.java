package org.bricshub.epcis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The declaration that an earlier event was in error (EPCIS 2.0 §7.4.1.2).
 *
 * @param declarationTime when the error was declared
 * @param reason the reason, compact CBV value (e.g. {@code incorrect_data}) or URI; {@code null} when unstated
 * @param correctiveEventIDs the events that correct it
 * @param extensions user extensions inside the declaration
 */
public record ErrorDeclaration(
    OffsetDateTime declarationTime, String reason, List<String> correctiveEventIDs, List<Extension> extensions) {
  public ErrorDeclaration {
    Objects.requireNonNull(declarationTime, "an error declaration requires a declarationTime");
    correctiveEventIDs = List.copyOf(correctiveEventIDs);
    extensions = List.copyOf(extensions);
  }
}
