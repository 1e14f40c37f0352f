package org.bricshub.epcis;

import java.util.LinkedHashMap;
import java.util.Map;

/** The prefixes an XML writer declares on the root: one per namespace, the written prefix where it is free. */
final class XmlPrefixes {
  private final Map<String, String> byNamespace = new LinkedHashMap<>();
  private final Map<String, String> byPrefix = new LinkedHashMap<>();

  XmlPrefixes() {
    bind("epcis", XmlNames.EPCIS);
    bind("xsi", XmlNames.XSI);
    bind("xsd", XmlNames.XSD);
  }

  void bind(String prefix, String namespace) {
    if (namespace.isEmpty() || byNamespace.containsKey(namespace)) {
      return;
    }
    String chosen = prefix == null || prefix.isEmpty() || byPrefix.containsKey(prefix) ? fresh() : prefix;
    byNamespace.put(namespace, chosen);
    byPrefix.put(chosen, namespace);
  }

  String prefixOf(QualifiedName name) {
    bind(name.prefix(), name.namespace());
    return byNamespace.get(name.namespace());
  }

  Map<String, String> byPrefix() {
    return byPrefix;
  }

  private String fresh() {
    int n = 1;
    while (byPrefix.containsKey("ns" + n)) {
      n++;
    }
    return "ns" + n;
  }
}
