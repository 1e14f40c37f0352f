package org.bricshub.epcis;

import java.util.Objects;

/**
 * One user extension member: a JSON-LD property {@code "prefix:name": value}, or in XML one element (or, for
 * repeated elements, the {@link ExtensionValue.Array} of them) in a foreign namespace.
 */
public record Extension(QualifiedName name, ExtensionValue value) {
  public Extension {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
