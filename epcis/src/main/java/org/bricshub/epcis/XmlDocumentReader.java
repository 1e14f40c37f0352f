package org.bricshub.epcis;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/** Reads EPCISDocument and EPCISQueryDocument XML (EPCIS 2.0 §9.5, query schema §12). */
final class XmlDocumentReader {
  private static final Set<String> CORE_NAMESPACES =
      Set.of(XmlNames.EPCIS, XmlNames.EPCIS_QUERY, XmlNames.XSI, XmlNames.XSD);

  private XmlDocumentReader() {}

  static EpcisDocument read(Element root) {
    XmlFieldReader in = new XmlFieldReader();
    String rootName = XmlNames.local(root);
    boolean query = rootName.equals("EPCISQueryDocument");
    String path = "/" + rootName;
    if (!query && !rootName.equals("EPCISDocument")) {
      in.violation(path, "the root must be EPCISDocument or EPCISQueryDocument");
      in.throwIfAny();
    }
    String schemaVersion = root.getAttribute("schemaVersion");
    OffsetDateTime creationDate = in.time(root.getAttribute("creationDate"), path + "/@creationDate");
    if (creationDate == null && !root.hasAttribute("creationDate")) {
      in.violation(path + "/@creationDate", "creationDate is required");
    }
    ExtensionValue.Element header = null;
    MasterData masterData = MasterData.NONE;
    EpcisDocument.QueryResults results = null;
    List<EpcisEvent> events = new ArrayList<>();
    List<Element> extensions = new ArrayList<>();
    if (query && XmlNames.children(root).stream().anyMatch(e -> XmlNames.local(e).equals("resultsBody"))) {
      // Some published query documents put the QueryResults content straight under the root.
      return flatQueryDocument(root, in, path, schemaVersion, creationDate);
    }
    for (Element child : XmlNames.children(root)) {
      switch (XmlNames.isPlain(child) ? XmlNames.local(child) : "") {
        case "EPCISHeader" -> {
          masterData = masterData(child, in, path + "/EPCISHeader/extension/EPCISMasterData");
          List<Element> rest = XmlNames.children(child);
          header = rest.isEmpty() ? null : new ExtensionValue.Element(XmlExtensionCodec.read(rest));
        }
        case "EPCISBody" -> {
          Element holder = child;
          String at = path + "/EPCISBody";
          if (query) {
            Element resultsElement = XmlNames.children(child).stream()
                .filter(e -> XmlNames.local(e).equals("QueryResults")).findFirst().orElse(null);
            if (resultsElement == null) {
              in.violation(at + "/QueryResults", "an EPCISQueryDocument requires QueryResults");
              continue;
            }
            results = queryResults(resultsElement);
            holder = XmlNames.children(resultsElement).stream()
                .filter(e -> XmlNames.local(e).equals("resultsBody")).findFirst().orElse(resultsElement);
            at += "/QueryResults/resultsBody";
          }
          for (Element list : XmlNames.children(holder)) {
            if (XmlNames.local(list).equals("EventList")) {
              readEvents(list, in, at + "/EventList", events);
            }
          }
        }
        case "extension" -> extensions.addAll(XmlNames.children(child));
        default -> extensions.add(child);
      }
    }
    in.throwIfAny();
    return SbdhMapping.fromHeader(new EpcisDocument(new DocumentNamespaces(List.of(), declaredPrefixes(root)), null,
        schemaVersion.isEmpty() ? "2.0" : schemaVersion, creationDate, header, masterData, results, events,
        XmlExtensionCodec.read(extensions)));
  }

  private static EpcisDocument flatQueryDocument(Element root, XmlFieldReader in, String path,
      String schemaVersion, OffsetDateTime creationDate) {
    List<EpcisEvent> events = new ArrayList<>();
    for (Element body : XmlNames.children(root)) {
      if (XmlNames.local(body).equals("resultsBody")) {
        for (Element list : XmlNames.children(body)) {
          readEvents(list, in, path + "/resultsBody/EventList", events);
        }
      }
    }
    in.throwIfAny();
    return new EpcisDocument(new DocumentNamespaces(List.of(), declaredPrefixes(root)), null,
        schemaVersion.isEmpty() ? "2.0" : schemaVersion, creationDate, null, MasterData.NONE, queryResults(root),
        events, List.of());
  }

  /**
   * The master data of an {@code EPCISHeader}, taken out of its {@code extension} (which goes too when nothing else
   * is in it), so that the rest of the header is kept as written.
   */
  private static MasterData masterData(Element header, XmlFieldReader in, String path) {
    for (Element extension : XmlNames.children(header)) {
      if (XmlNames.isPlain(extension) && XmlNames.local(extension).equals("extension")) {
        Element holder = XmlMasterData.detach(extension);
        if (XmlNames.children(extension).isEmpty()) {
          header.removeChild(extension);
        }
        return holder == null ? MasterData.NONE : XmlMasterData.read(holder, in, path);
      }
    }
    return MasterData.NONE;
  }

  private static void readEvents(Element list, XmlFieldReader in, String at, List<EpcisEvent> into) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Element element : XmlNames.children(list)) {
      String name = XmlNames.local(element);
      if (name.equals("extension")) {
        readEvents(element, in, at + "/extension", into);
        continue;
      }
      int index = counts.merge(name, 1, Integer::sum);
      String here = at + "/" + name + "[" + index + "]";
      EventType type = EventType.fromStandardName(name).orElse(null);
      if (type == null) {
        in.violation(here, "unknown event type '" + name + "'");
        continue;
      }
      EpcisEvent event = XmlEventReader.read(element, type, in, here);
      if (event != null) {
        into.add(event);
      }
    }
  }

  private static EpcisDocument.QueryResults queryResults(Element element) {
    String queryName = "";
    String subscriptionID = null;
    List<Element> extensions = new ArrayList<>();
    for (Element child : XmlNames.children(element)) {
      switch (XmlNames.isPlain(child) ? XmlNames.local(child) : "") {
        case "queryName" -> queryName = XmlNames.text(child);
        case "subscriptionID" -> subscriptionID = XmlNames.text(child);
        case "resultsBody" -> { }
        case "extension" -> extensions.addAll(XmlNames.children(child));
        default -> extensions.add(child);
      }
    }
    return new EpcisDocument.QueryResults(queryName, subscriptionID, XmlExtensionCodec.read(extensions));
  }

  private static Map<String, String> declaredPrefixes(Element root) {
    Map<String, String> prefixes = new LinkedHashMap<>();
    var attributes = root.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attr = (Attr) attributes.item(i);
      if (XmlNames.XMLNS.equals(attr.getNamespaceURI()) && attr.getPrefix() != null
          && !CORE_NAMESPACES.contains(attr.getValue())) {
        prefixes.put(attr.getLocalName(), attr.getValue());
      }
    }
    return prefixes;
  }
}
