package org.bricshub.epcis;

import java.util.Objects;

/**
 * The name of a user extension: namespace IRI and local name, with the prefix it was written with.
 *
 * <p>Equality ignores the prefix: {@code example:f} and {@code ex:f} bound to the same namespace are the same name.
 *
 * @param namespace the namespace IRI, {@code ""} for an unqualified name
 * @param localName the local name, never blank
 * @param prefix the prefix to write it with, {@code ""} for none
 */
public record QualifiedName(String namespace, String localName, String prefix) {
  public QualifiedName {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(prefix, "prefix");
    if (localName == null || localName.isBlank()) {
      throw new IllegalArgumentException("an extension name needs a local name");
    }
  }

  /** The Clark notation {@code {namespace}localName} used by the event hash. */
  public String clark() {
    return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
  }

  /** The name as written in JSON-LD: {@code prefix:localName}, or the local name alone. */
  public String compact() {
    return prefix.isEmpty() ? localName : prefix + ":" + localName;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QualifiedName q && q.namespace.equals(namespace) && q.localName.equals(localName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespace, localName);
  }
}
