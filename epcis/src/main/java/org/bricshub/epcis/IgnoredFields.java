package org.bricshub.epcis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The extension fields a repository declares outside the hash: an {@code ignoreFields} member on the document or its
 * query results, listing names as CURIEs (JSON-LD) or as empty elements (XML), as the reference implementation of
 * the event hash reads it.
 */
final class IgnoredFields {
  private static final String MEMBER = "ignoreFields";

  private IgnoredFields() {}

  static Set<QualifiedName> of(EpcisDocument document) {
    List<Extension> members = new ArrayList<>(document.extensions());
    if (document.queryResults() != null) {
      members.addAll(document.queryResults().extensions());
    }
    Set<QualifiedName> names = new HashSet<>();
    for (Extension member : members) {
      if (member.name().localName().equals(MEMBER)) {
        collect(member.value(), document.namespaces(), names);
      }
    }
    return names;
  }

  private static void collect(ExtensionValue value, DocumentNamespaces namespaces, Set<QualifiedName> into) {
    switch (value) {
      case ExtensionValue.Text text -> {
        String curie = text.text().strip();
        int colon = curie.indexOf(':');
        if (colon > 0) {
          namespaces.namespaceOf(curie.substring(0, colon)).ifPresent(namespace -> into.add(
              new QualifiedName(namespace, curie.substring(colon + 1), curie.substring(0, colon))));
        }
      }
      case ExtensionValue.Element element -> element.members().forEach(m -> into.add(m.name()));
      case ExtensionValue.Array array -> array.items().forEach(item -> collect(item, namespaces, into));
    }
  }
}
