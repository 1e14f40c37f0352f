package org.bricshub.epcis;

import java.time.OffsetDateTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;

/** The sensorElementList of the XML binding (EPCIS 2.0 §7.3.7, §9.5): metadata and reports as attributes. */
final class XmlSensorCodec {
  private XmlSensorCodec() {}

  static List<SensorElement> read(Element list, XmlFieldReader in, String path) {
    List<SensorElement> elements = new ArrayList<>();
    int index = 0;
    for (Element element : XmlNames.children(list)) {
      index++;
      String at = path + "/sensorElement[" + index + "]";
      SensorMetadata metadata = null;
      List<SensorReport> reports = new ArrayList<>();
      List<Element> extensions = new ArrayList<>();
      for (Element child : XmlNames.children(element)) {
        String name = XmlNames.isPlain(child) ? XmlNames.local(child) : "";
        switch (name) {
          case "sensorMetadata" -> metadata = metadata(child, in, at + "/sensorMetadata");
          case "sensorReport" -> reports.add(report(child, in, at + "/sensorReport[" + (reports.size() + 1) + "]"));
          case "extension" -> extensions.addAll(XmlNames.children(child));
          default -> extensions.add(child);
        }
      }
      elements.add(new SensorElement(metadata, reports, XmlExtensionCodec.read(extensions)));
    }
    return elements;
  }

  private static SensorMetadata metadata(Element e, XmlFieldReader in, String at) {
    return new SensorMetadata(time(e, "time", in, at), time(e, "startTime", in, at), time(e, "endTime", in, at),
        attr(e, "deviceID"), attr(e, "deviceMetadata"), attr(e, "rawData"), attr(e, "dataProcessingMethod"),
        attr(e, "bizRules"), XmlExtensionCodec.readAttributes(e, JsonSensorCodec.METADATA_FIELDS));
  }

  private static SensorReport report(Element e, XmlFieldReader in, String at) {
    return new SensorReport(
        XmlFieldReader.vocabulary(Vocabulary.MEASUREMENT_TYPE, e, attr(e, "type")),
        XmlFieldReader.vocabulary(Vocabulary.SENSOR_ALERT_TYPE, e, attr(e, "exception")),
        attr(e, "deviceID"), attr(e, "deviceMetadata"), attr(e, "rawData"), attr(e, "dataProcessingMethod"),
        attr(e, "bizRules"), time(e, "time", in, at), attr(e, "microorganism"), attr(e, "chemicalSubstance"),
        decimal(e, "value", in, at), XmlFieldReader.vocabulary(Vocabulary.COMPONENT, e, attr(e, "component")),
        attr(e, "stringValue"), in.bool(attr(e, "booleanValue"), at + "/@booleanValue"), attr(e, "hexBinaryValue"),
        attr(e, "uriValue"), decimal(e, "minValue", in, at), decimal(e, "maxValue", in, at),
        decimal(e, "meanValue", in, at), decimal(e, "sDev", in, at), decimal(e, "percRank", in, at),
        decimal(e, "percValue", in, at), attr(e, "uom"), attr(e, "coordinateReferenceSystem"),
        XmlExtensionCodec.readAttributes(e, JsonSensorCodec.REPORT_FIELDS));
  }

  private static String attr(Element e, String name) {
    return XmlFieldReader.attribute(e, name);
  }

  private static OffsetDateTime time(Element e, String name, XmlFieldReader in, String at) {
    return in.time(attr(e, name), at + "/@" + name);
  }

  private static BigDecimal decimal(Element e, String name, XmlFieldReader in, String at) {
    return in.decimal(attr(e, name), at + "/@" + name);
  }

  static void write(List<SensorElement> elements, XMLStreamWriter out, XmlPrefixes prefixes)
      throws XMLStreamException {
    if (elements.isEmpty()) {
      return;
    }
    out.writeStartElement("sensorElementList");
    for (SensorElement element : elements) {
      out.writeStartElement("sensorElement");
      if (element.metadata() != null) {
        SensorMetadata m = element.metadata();
        out.writeEmptyElement("sensorMetadata");
        put(out, "time", m.time());
        put(out, "startTime", m.startTime());
        put(out, "endTime", m.endTime());
        put(out, "deviceID", m.deviceID());
        put(out, "deviceMetadata", m.deviceMetadata());
        put(out, "rawData", m.rawData());
        put(out, "dataProcessingMethod", m.dataProcessingMethod());
        put(out, "bizRules", m.bizRules());
        XmlExtensionCodec.writeAttributes(m.extensions(), out, prefixes);
      }
      for (SensorReport r : element.reports()) {
        writeReport(r, out, prefixes);
      }
      XmlExtensionCodec.write(element.extensions(), out, prefixes);
      out.writeEndElement();
    }
    out.writeEndElement();
  }

  private static void writeReport(SensorReport r, XMLStreamWriter out, XmlPrefixes prefixes)
      throws XMLStreamException {
    out.writeEmptyElement("sensorReport");
    put(out, "type", r.type() == null ? null : Vocabulary.MEASUREMENT_TYPE.xmlForm(r.type()));
    put(out, "exception", r.exception() == null ? null : Vocabulary.SENSOR_ALERT_TYPE.xmlForm(r.exception()));
    put(out, "deviceID", r.deviceID());
    put(out, "deviceMetadata", r.deviceMetadata());
    put(out, "rawData", r.rawData());
    put(out, "dataProcessingMethod", r.dataProcessingMethod());
    put(out, "bizRules", r.bizRules());
    put(out, "time", r.time());
    put(out, "microorganism", r.microorganism());
    put(out, "chemicalSubstance", r.chemicalSubstance());
    put(out, "value", r.value());
    put(out, "component", r.component() == null ? null : Vocabulary.COMPONENT.xmlForm(r.component()));
    put(out, "stringValue", r.stringValue());
    put(out, "booleanValue", r.booleanValue() == null ? null : r.booleanValue().toString());
    put(out, "hexBinaryValue", r.hexBinaryValue());
    put(out, "uriValue", r.uriValue());
    put(out, "minValue", r.minValue());
    put(out, "maxValue", r.maxValue());
    put(out, "meanValue", r.meanValue());
    put(out, "sDev", r.sDev());
    put(out, "percRank", r.percRank());
    put(out, "percValue", r.percValue());
    put(out, "uom", r.uom());
    put(out, "coordinateReferenceSystem", r.coordinateReferenceSystem());
    XmlExtensionCodec.writeAttributes(r.extensions(), out, prefixes);
  }

  private static void put(XMLStreamWriter out, String name, String value) throws XMLStreamException {
    if (value != null) {
      out.writeAttribute(name, value);
    }
  }

  private static void put(XMLStreamWriter out, String name, OffsetDateTime value) throws XMLStreamException {
    if (value != null) {
      out.writeAttribute(name, EpcisTimes.format(value));
    }
  }

  private static void put(XMLStreamWriter out, String name, BigDecimal value) throws XMLStreamException {
    if (value != null) {
      out.writeAttribute(name, value.toPlainString());
    }
  }
}
