package org.bricshub.epcis;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;

/**
 * Master data in XML (EPCIS 2.0 XSD {@code VocabularyListType}, found in {@code EPCISHeader/extension/EPCISMasterData}
 * and in an EPCISMasterDataDocument's body). An attribute's content is its value: text, or child elements read as
 * extension members. Vocabulary and element {@code extension}s and foreign elements are not kept.
 */
final class XmlMasterData {
  private XmlMasterData() {}

  /** The {@code EPCISMasterData} child of a header's {@code extension}, removed from it; null when it has none. */
  static Element detach(Element headerExtension) {
    for (Element child : XmlNames.children(headerExtension)) {
      if (XmlNames.isPlain(child) && XmlNames.local(child).equals("EPCISMasterData")) {
        headerExtension.removeChild(child);
        return child;
      }
    }
    return null;
  }

  /** Reads the {@code VocabularyList} inside {@code holder} (EPCISMasterData, or a master-data document's body). */
  static MasterData read(Element holder, XmlFieldReader in, String path) {
    List<MasterData.Vocabulary> vocabularies = new ArrayList<>();
    for (Element list : named(holder, "VocabularyList")) {
      int number = 0;
      for (Element vocabulary : named(list, "Vocabulary")) {
        String at = path + "/VocabularyList/Vocabulary[" + ++number + "]";
        String type = required(vocabulary, "type", in, at);
        List<MasterData.VocabularyElement> elements = new ArrayList<>();
        int index = 0;
        for (Element elementList : named(vocabulary, "VocabularyElementList")) {
          for (Element element : named(elementList, "VocabularyElement")) {
            String here = at + "/VocabularyElementList/VocabularyElement[" + ++index + "]";
            String id = required(element, "id", in, here);
            if (id != null) {
              elements.add(new MasterData.VocabularyElement(id, attributes(element, in, here), children(element)));
            }
          }
        }
        if (type != null) {
          vocabularies.add(new MasterData.Vocabulary(type, elements));
        }
      }
    }
    return new MasterData(vocabularies);
  }

  private static List<MasterData.Attribute> attributes(Element element, XmlFieldReader in, String path) {
    List<MasterData.Attribute> attributes = new ArrayList<>();
    int index = 0;
    for (Element attribute : named(element, "attribute")) {
      String id = required(attribute, "id", in, path + "/attribute[" + ++index + "]");
      if (id == null) {
        continue;
      }
      List<Element> content = XmlNames.children(attribute);
      String text = XmlNames.text(attribute);
      ExtensionValue value = !content.isEmpty() ? new ExtensionValue.Element(XmlExtensionCodec.read(content))
          : text.isEmpty() ? null : ExtensionValue.Text.of(text);
      attributes.add(new MasterData.Attribute(id, value));
    }
    return attributes;
  }

  private static List<String> children(Element element) {
    List<String> ids = new ArrayList<>();
    for (Element children : named(element, "children")) {
      named(children, "id").forEach(id -> ids.add(XmlNames.text(id)));
    }
    return ids;
  }

  private static String required(Element element, String attribute, XmlFieldReader in, String path) {
    String value = element.getAttribute(attribute).strip();
    if (value.isEmpty()) {
      in.violation(path + "/@" + attribute, attribute + " is required");
      return null;
    }
    return value;
  }

  private static List<Element> named(Element parent, String local) {
    return XmlNames.children(parent).stream()
        .filter(e -> XmlNames.isPlain(e) && XmlNames.local(e).equals(local)).toList();
  }

  /** Writes {@code VocabularyList}; numbers and booleans become text (AttributeType has no typed content). */
  static void write(MasterData masterData, XMLStreamWriter out, XmlPrefixes prefixes) throws XMLStreamException {
    out.writeStartElement("VocabularyList");
    for (MasterData.Vocabulary vocabulary : masterData.vocabularies()) {
      out.writeStartElement("Vocabulary");
      out.writeAttribute("type", vocabulary.type());
      if (!vocabulary.elements().isEmpty()) {
        out.writeStartElement("VocabularyElementList");
        for (MasterData.VocabularyElement element : vocabulary.elements()) {
          writeElement(element, out, prefixes);
        }
        out.writeEndElement();
      }
      out.writeEndElement();
    }
    out.writeEndElement();
  }

  private static void writeElement(MasterData.VocabularyElement element, XMLStreamWriter out, XmlPrefixes prefixes)
      throws XMLStreamException {
    out.writeStartElement("VocabularyElement");
    out.writeAttribute("id", element.id());
    for (MasterData.Attribute attribute : element.attributes()) {
      out.writeStartElement("attribute");
      out.writeAttribute("id", attribute.id());
      switch (attribute.value()) {
        case null -> { }
        case ExtensionValue.Text text -> out.writeCharacters(text.text());
        case ExtensionValue.Element members -> XmlExtensionCodec.write(members.members(), out, prefixes);
        case ExtensionValue.Array array ->
            XmlExtensionCodec.write(List.of(new Extension(new QualifiedName("", "value", ""), array)), out, prefixes);
      }
      out.writeEndElement();
    }
    if (!element.children().isEmpty()) {
      out.writeStartElement("children");
      for (String id : element.children()) {
        out.writeStartElement("id");
        out.writeCharacters(id);
        out.writeEndElement();
      }
      out.writeEndElement();
    }
    out.writeEndElement();
  }
}
