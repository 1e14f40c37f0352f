package org.bricshub.epcis;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XML documents whose body is master data: the EPCISMasterDataDocument (XSD
 * {@code EPCglobal-epcis-masterdata-2_0}) and an EPCISQueryDocument answering a master-data query (query XSD
 * {@code QueryResultsBody}, the {@code VocabularyList} choice). Every namespace is declared on the root.
 */
final class XmlMasterDataDocuments {
  private static final XMLInputFactory INPUT = inputFactory();

  private XmlMasterDataDocuments() {}

  /** Whether the document's root element is an EPCISMasterDataDocument; false for anything that does not read. */
  static boolean isMasterDataDocument(String xml) {
    try {
      XMLStreamReader in = INPUT.createXMLStreamReader(new StringReader(XmlParsers.withoutByteOrderMark(xml)));
      try {
        while (in.hasNext()) {
          if (in.next() == XMLStreamConstants.START_ELEMENT) {
            return in.getLocalName().equals("EPCISMasterDataDocument");
          }
        }
        return false;
      } finally {
        in.close();
      }
    } catch (XMLStreamException e) {
      return false;
    }
  }

  static String masterDataDocument(OffsetDateTime creationDate, MasterData masterData) {
    return write(creationDate, masterData, null);
  }

  static String queryDocument(OffsetDateTime creationDate, String queryName, MasterData masterData) {
    return write(creationDate, masterData, queryName);
  }

  private static String write(OffsetDateTime creationDate, MasterData masterData, String queryName) {
    StringWriter text = new StringWriter();
    try {
      XmlPrefixes prefixes = new XmlPrefixes();
      Map<String, String> used = new LinkedHashMap<>();
      JsonExtensionCodec.collectPrefixes(JsonMasterData.values(masterData), used);
      used.forEach(prefixes::bind);
      XmlDocumentWriter.bindNamespaces(JsonMasterData.values(masterData), prefixes);
      XMLStreamWriter out = javax.xml.stream.XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      out.writeStartDocument("UTF-8", "1.0");
      String prefix = queryName == null ? "epcismd" : "epcisq";
      String namespace = queryName == null ? XmlNames.EPCIS_MASTER_DATA : XmlNames.EPCIS_QUERY;
      out.writeStartElement(prefix, queryName == null ? "EPCISMasterDataDocument" : "EPCISQueryDocument", namespace);
      out.writeNamespace(prefix, namespace);
      for (var binding : prefixes.byPrefix().entrySet()) {
        out.writeNamespace(binding.getKey(), binding.getValue());
        out.setPrefix(binding.getKey(), binding.getValue());
      }
      out.writeAttribute("schemaVersion", "2.0");
      out.writeAttribute("creationDate", EpcisTimes.format(creationDate));
      out.writeStartElement("EPCISBody");
      if (queryName != null) {
        out.writeStartElement(prefix, "QueryResults", namespace);
        out.writeStartElement("queryName");
        out.writeCharacters(queryName);
        out.writeEndElement();
        out.writeStartElement("resultsBody");
      }
      XmlMasterData.write(masterData, out, prefixes);
      if (queryName != null) {
        out.writeEndElement();
        out.writeEndElement();
      }
      out.writeEndElement();
      out.writeEndElement();
      out.writeEndDocument();
      out.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing to a string does not fail: " + e.getMessage(), e);
    }
    return text.toString();
  }

  private static XMLInputFactory inputFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // Only the root's name is read: no DTD, no external entities.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}
