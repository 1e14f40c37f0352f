package org.bricshub.epcis;

import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes EPCISDocument and EPCISQueryDocument XML (EPCIS 2.0 §9.5), every namespace declared on the root. */
final class XmlDocumentWriter {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private XmlDocumentWriter() {}

  static void write(EpcisDocument given, Writer target) throws XMLStreamException {
    EpcisDocument document = SbdhMapping.toHeader(given);
    XmlPrefixes prefixes = new XmlPrefixes();
    boolean query = document.isQueryDocument();
    if (query) {
      prefixes.bind("epcisq", XmlNames.EPCIS_QUERY);
    }
    document.namespaces().prefixes().forEach(prefixes::bind);
    bindAll(document, prefixes);
    XMLStreamWriter out = FACTORY.createXMLStreamWriter(target);
    out.writeStartDocument("UTF-8", "1.0");
    if (query) {
      out.writeStartElement("epcisq", "EPCISQueryDocument", XmlNames.EPCIS_QUERY);
    } else {
      out.writeStartElement("epcis", "EPCISDocument", XmlNames.EPCIS);
    }
    for (var binding : prefixes.byPrefix().entrySet()) {
      out.writeNamespace(binding.getKey(), binding.getValue());
      out.setPrefix(binding.getKey(), binding.getValue());
    }
    out.writeAttribute("schemaVersion", document.schemaVersion());
    out.writeAttribute("creationDate", EpcisTimes.format(document.creationDate()));
    boolean masterData = !document.masterData().vocabularies().isEmpty();
    if (document.header() != null || masterData) {
      out.writeStartElement("EPCISHeader");
      if (document.header() != null) {
        XmlExtensionCodec.write(document.header().members(), out, prefixes);
      }
      if (masterData) {
        out.writeStartElement("extension");
        out.writeStartElement("EPCISMasterData");
        XmlMasterData.write(document.masterData(), out, prefixes);
        out.writeEndElement();
        out.writeEndElement();
      }
      out.writeEndElement();
    }
    out.writeStartElement("EPCISBody");
    if (query) {
      out.writeStartElement("epcisq", "QueryResults", XmlNames.EPCIS_QUERY);
      writeText(out, "queryName", document.queryResults().queryName());
      if (document.queryResults().subscriptionID() != null) {
        writeText(out, "subscriptionID", document.queryResults().subscriptionID());
      }
      out.writeStartElement("resultsBody");
    }
    out.writeStartElement("EventList");
    XmlEventWriter events = new XmlEventWriter(out, prefixes);
    for (EpcisEvent event : document.events()) {
      events.write(event);
    }
    out.writeEndElement();
    if (query) {
      out.writeEndElement();
      XmlExtensionCodec.write(document.queryResults().extensions(), out, prefixes);
      out.writeEndElement();
    }
    out.writeEndElement();
    XmlExtensionCodec.write(document.extensions(), out, prefixes);
    out.writeEndElement();
    out.writeEndDocument();
    out.flush();
  }

  private static void bindAll(EpcisDocument document, XmlPrefixes prefixes) {
    java.util.Map<String, String> used = new java.util.LinkedHashMap<>(EventExtensions.prefixes(document.events()));
    JsonExtensionCodec.collectPrefixes(document.extensions(), used);
    if (document.header() != null) {
      JsonExtensionCodec.collectPrefixes(document.header().members(), used);
    }
    JsonExtensionCodec.collectPrefixes(JsonMasterData.values(document.masterData()), used);
    if (document.queryResults() != null) {
      JsonExtensionCodec.collectPrefixes(document.queryResults().extensions(), used);
    }
    used.forEach(prefixes::bind);
    unprefixed(document, prefixes);
  }

  /** Extensions read from JSON with a full IRI as name have no prefix; give their namespaces one. */
  private static void unprefixed(EpcisDocument document, XmlPrefixes prefixes) {
    for (EpcisEvent event : document.events()) {
      for (List<Extension> list : EventExtensions.all(event)) {
        bindNamespaces(list, prefixes);
      }
    }
    bindNamespaces(document.extensions(), prefixes);
    bindNamespaces(JsonMasterData.values(document.masterData()), prefixes);
  }

  /** Binds a prefix for every namespace the extensions use, nested ones included. */
  static void bindNamespaces(List<Extension> extensions, XmlPrefixes prefixes) {
    for (Extension extension : extensions) {
      prefixes.prefixOf(extension.name());
      switch (extension.value()) {
        case ExtensionValue.Element element -> bindNamespaces(element.members(), prefixes);
        case ExtensionValue.Array array -> array.items().forEach(item -> {
          if (item instanceof ExtensionValue.Element element) {
            bindNamespaces(element.members(), prefixes);
          }
        });
        case ExtensionValue.Text text -> { }
      }
    }
  }

  private static void writeText(XMLStreamWriter out, String name, String value) throws XMLStreamException {
    out.writeStartElement(name);
    out.writeCharacters(value);
    out.writeEndElement();
  }
}
