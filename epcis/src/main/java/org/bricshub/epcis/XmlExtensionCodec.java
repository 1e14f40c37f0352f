package org.bricshub.epcis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * User extensions in XML (EPCIS 2.0 §9.5): elements in a foreign namespace; repeated elements of one name become a
 * list, {@code xsi:type} keeps numbers and booleans typed. In sensor metadata and reports they are attributes.
 */
final class XmlExtensionCodec {
  private XmlExtensionCodec() {}

  static QualifiedName name(Element element) {
    String ns = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
    String prefix = element.getPrefix() == null ? "" : element.getPrefix();
    return new QualifiedName(ns, XmlNames.local(element), prefix);
  }

  /** The elements as extensions, same-name siblings grouped into one list at the first one's position. */
  static List<Extension> read(List<Element> elements) {
    Map<QualifiedName, List<ExtensionValue>> grouped = new LinkedHashMap<>();
    for (Element element : elements) {
      grouped.computeIfAbsent(name(element), n -> new ArrayList<>()).add(value(element));
    }
    List<Extension> extensions = new ArrayList<>();
    grouped.forEach((name, values) -> extensions.add(
        new Extension(name, values.size() == 1 ? values.getFirst() : new ExtensionValue.Array(values))));
    return extensions;
  }

  /**
   * Attributes of an extension element become members of it, as in JSON-LD (and as the event hash reads them);
   * they are written back as child elements.
   */
  private static ExtensionValue value(Element element) {
    List<Element> children = XmlNames.children(element);
    List<Extension> attributes = readAttributes(element, true);
    if (!children.isEmpty() || !attributes.isEmpty()) {
      List<Extension> members = new ArrayList<>(attributes);
      members.addAll(read(children));
      return new ExtensionValue.Element(members,
          attributes.stream().map(Extension::name).collect(java.util.stream.Collectors.toSet()));
    }
    String type = element.getAttributeNS(XmlNames.XSI, "type");
    String local = type.contains(":") ? type.substring(type.indexOf(':') + 1) : type;
    ExtensionValue.Kind kind = switch (local) {
      case "decimal", "double", "float", "integer", "int", "long", "short", "byte", "nonNegativeInteger",
          "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong" ->
          ExtensionValue.Kind.NUMBER;
      case "boolean" -> ExtensionValue.Kind.BOOLEAN;
      default -> ExtensionValue.Kind.STRING;
    };
    return new ExtensionValue.Text(XmlNames.text(element), kind);
  }

  /**
   * The attributes of a sensor metadata or report element that are not among its standard ones, as text
   * extensions; unqualified ones keep an empty namespace rather than being dropped.
   */
  static List<Extension> readAttributes(Element element, java.util.Set<String> standard) {
    return readAttributes(element, true).stream()
        .filter(e -> !e.name().namespace().isEmpty() || !standard.contains(e.name().localName()))
        .toList();
  }

  private static List<Extension> readAttributes(Element element, boolean withUnqualified) {
    List<Extension> extensions = new ArrayList<>();
    var attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attr = (Attr) attributes.item(i);
      String ns = attr.getNamespaceURI() == null ? "" : attr.getNamespaceURI();
      boolean qualified = !ns.isEmpty() && !ns.equals(XmlNames.XMLNS) && !ns.equals(XmlNames.XSI);
      if (qualified || (withUnqualified && ns.isEmpty())) {
        String prefix = attr.getPrefix() == null ? "" : attr.getPrefix();
        String local = attr.getLocalName() != null ? attr.getLocalName() : attr.getName();
        extensions.add(new Extension(new QualifiedName(ns, local, prefix), ExtensionValue.Text.of(attr.getValue())));
      }
    }
    return extensions;
  }

  static void write(List<Extension> extensions, XMLStreamWriter out, XmlPrefixes prefixes)
      throws XMLStreamException {
    for (Extension extension : extensions) {
      write(extension.name(), extension.value(), out, prefixes);
    }
  }

  private static void write(QualifiedName name, ExtensionValue value, XMLStreamWriter out, XmlPrefixes prefixes)
      throws XMLStreamException {
    if (value instanceof ExtensionValue.Array array) {
      for (ExtensionValue item : array.items()) {
        write(name, item, out, prefixes);
      }
      return;
    }
    if (name.namespace().isEmpty()) {
      out.writeStartElement(name.localName());
    } else {
      out.writeStartElement(prefixes.prefixOf(name), name.localName(), name.namespace());
    }
    switch (value) {
      case ExtensionValue.Text text -> {
        switch (text.kind()) {
          case NUMBER -> out.writeAttribute("xsi", XmlNames.XSI, "type", "xsd:decimal");
          case BOOLEAN -> out.writeAttribute("xsi", XmlNames.XSI, "type", "xsd:boolean");
          case STRING -> { }
        }
        out.writeCharacters(text.text());
      }
      case ExtensionValue.Element element -> {
        List<Extension> attributes = element.members().stream()
            .filter(m -> element.attributes().contains(m.name()) && m.value() instanceof ExtensionValue.Text)
            .toList();
        writeAttributes(attributes, out, prefixes);
        write(element.members().stream().filter(m -> !attributes.contains(m)).toList(), out, prefixes);
      }
      case ExtensionValue.Array array -> throw new IllegalStateException("lists are written item by item");
    }
    out.writeEndElement();
  }

  /** Writes text extensions as namespaced attributes. */
  static void writeAttributes(List<Extension> extensions, XMLStreamWriter out, XmlPrefixes prefixes)
      throws XMLStreamException {
    for (Extension extension : extensions) {
      if (extension.value() instanceof ExtensionValue.Text text) {
        QualifiedName name = extension.name();
        if (name.namespace().isEmpty()) {
          out.writeAttribute(name.localName(), text.text());
        } else {
          out.writeAttribute(prefixes.prefixOf(name), name.namespace(), name.localName(), text.text());
        }
      }
    }
  }
}
