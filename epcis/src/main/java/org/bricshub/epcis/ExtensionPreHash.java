package org.bricshub.epcis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * User extensions in the pre-hash string (CBV 2.0 §8.9.2): {@code {namespace}name=value}, nested members sorted
 * inside their element, each member of a list a separate entry (as repeated XML elements are).
 */
final class ExtensionPreHash {
  /** Comments are annotations on the data, not part of the event. */
  private static final QualifiedName COMMENT =
      new QualifiedName("http://www.w3.org/2000/01/rdf-schema#", "comment", "rdfs");

  private final Set<QualifiedName> ignored;

  ExtensionPreHash(Set<QualifiedName> ignored) {
    this.ignored = Set.copyOf(ignored);
  }

  /** One entry per extension (per item for lists), unsorted; callers sort with their siblings. */
  List<String> of(List<Extension> extensions) {
    List<String> entries = new ArrayList<>();
    for (Extension extension : extensions) {
      if (!ignored.contains(extension.name()) && !COMMENT.equals(extension.name())) {
        entries(extension.name(), extension.value(), entries);
      }
    }
    return entries;
  }

  private void entries(QualifiedName name, ExtensionValue value, List<String> into) {
    switch (value) {
      case ExtensionValue.Text text -> {
        String canonical = isTimeName(name) ? HashValues.timeText(text.text()) : HashValues.value(text.text());
        into.add(canonical.isEmpty() ? name.clark() : name.clark() + "=" + canonical);
      }
      case ExtensionValue.Element element -> into.add(name.clark() + PreHashString.sorted(of(element.members())));
      case ExtensionValue.Array array -> array.items().forEach(item -> entries(name, item, into));
    }
  }

  private static boolean isTimeName(QualifiedName name) {
    String local = name.localName().toLowerCase(Locale.ROOT);
    return local.contains("time") && !local.contains("offset");
  }
}
