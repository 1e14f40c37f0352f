package org.bricshub.epcis;

import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Namespace-aware XML parsers hardened against entity expansion and external resolution (captured documents come
 * from outside); a DOCTYPE declaration is tolerated because published examples carry one.
 */
final class XmlParsers {
  private static final Map<String, Boolean> FEATURES = Map.of(
      XMLConstants.FEATURE_SECURE_PROCESSING, true,
      "http://xml.org/sax/features/external-general-entities", false,
      "http://xml.org/sax/features/external-parameter-entities", false,
      "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

  private XmlParsers() {}

  static DocumentBuilder documentBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setExpandEntityReferences(false);
      for (var feature : FEATURES.entrySet()) {
        factory.setFeature(feature.getKey(), feature.getValue());
      }
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK parser supports these features", e);
    }
  }

  static XMLReader saxReader() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      for (var feature : FEATURES.entrySet()) {
        factory.setFeature(feature.getKey(), feature.getValue());
      }
      return factory.newSAXParser().getXMLReader();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK parser supports these features", e);
    }
  }

  /** The text without a leading byte-order mark, which a String-based parse would reject. */
  static String withoutByteOrderMark(String xml) {
    return xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
  }
}
