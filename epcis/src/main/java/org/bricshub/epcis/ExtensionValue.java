package org.bricshub.epcis;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The value of a user extension: a scalar, a nested element, or a list of values. */
public sealed interface ExtensionValue {

  /** The JSON type of a scalar; XML keeps it as {@code xsi:type}. */
  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN
  }

  /** A scalar, kept in its lexical form. */
  record Text(String text, Kind kind) implements ExtensionValue {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(kind, "kind");
    }

    /** A string scalar. */
    public static Text of(String text) {
      return new Text(text, Kind.STRING);
    }
  }

  /**
   * A nested element (JSON object) with its own members, in document order. {@code attributes} names the members
   * that were XML attributes, so that XML is written back as it came; it is presentation, not content, and takes no
   * part in equality.
   */
  record Element(List<Extension> members, Set<QualifiedName> attributes) implements ExtensionValue {
    public Element {
      members = List.copyOf(members);
      attributes = Set.copyOf(attributes);
    }

    /** An element whose members are all child elements. */
    public Element(List<Extension> members) {
      this(members, Set.of());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Element e && e.members.equals(members);
    }

    @Override
    public int hashCode() {
      return members.hashCode();
    }
  }

  /** A JSON array, in XML repeated elements of the same name. */
  record Array(List<ExtensionValue> items) implements ExtensionValue {
    public Array {
      items = List.copyOf(items);
    }
  }
}
