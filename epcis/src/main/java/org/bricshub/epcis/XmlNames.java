package org.bricshub.epcis;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Namespaces of the EPCIS 2.0 XML binding (EPCIS 2.0 §9.5) and DOM navigation used by its reader. */
final class XmlNames {
  static final String EPCIS = "urn:epcglobal:epcis:xsd:2";
  static final String EPCIS_QUERY = "urn:epcglobal:epcis-query:xsd:2";
  static final String EPCIS_MASTER_DATA = "urn:epcglobal:epcis-masterdata:xsd:2";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String XSD = "http://www.w3.org/2001/XMLSchema";
  static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  private XmlNames() {}

  static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        children.add(e);
      }
    }
    return children;
  }

  static String local(Element element) {
    return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
  }

  /** Whether the element is an unqualified element of the binding (EPCIS event fields carry no namespace). */
  static boolean isPlain(Element element) {
    return element.getNamespaceURI() == null || element.getNamespaceURI().isEmpty();
  }

  static String text(Element element) {
    return element.getTextContent().strip();
  }
}
