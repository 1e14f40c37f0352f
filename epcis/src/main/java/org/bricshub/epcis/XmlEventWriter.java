package org.bricshub.epcis;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes one event in the XML binding, elements in the order of the EPCIS 2.0 XSD. */
final class XmlEventWriter {
  private final XMLStreamWriter out;
  private final XmlPrefixes prefixes;

  XmlEventWriter(XMLStreamWriter out, XmlPrefixes prefixes) {
    this.out = out;
    this.prefixes = prefixes;
  }

  void write(EpcisEvent event) throws XMLStreamException {
    EventCommon c = event.common();
    out.writeStartElement(event.type().standardName());
    text("eventTime", EpcisTimes.format(c.eventTime()));
    text("recordTime", c.recordTime() == null ? null : EpcisTimes.format(c.recordTime()));
    text("eventTimeZoneOffset", c.eventTimeZoneOffset());
    text("eventID", c.eventID());
    errorDeclaration(c.errorDeclaration());
    for (String certificate : c.certificationInfo()) {
      text("certificationInfo", certificate);
    }
    switch (event) {
      case ObjectEvent e -> {
        list("epcList", e.epcList());
        action(e.action());
        whereWhy(c, true);
        quantities("quantityList", e.quantityList());
        tail(c);
        ilmd(e.ilmd());
      }
      case AggregationEvent e -> {
        text("parentID", e.parentID());
        list("childEPCs", e.childEPCs());
        action(e.action());
        whereWhy(c, true);
        quantities("childQuantityList", e.childQuantityList());
        tail(c);
      }
      case TransactionEvent e -> {
        bizTransactions(c.bizTransactionList());
        text("parentID", e.parentID());
        list("epcList", e.epcList());
        action(e.action());
        whereWhy(c, false);
        quantities("quantityList", e.quantityList());
        tail(c);
      }
      case TransformationEvent e -> {
        list("inputEPCList", e.inputEPCList());
        quantities("inputQuantityList", e.inputQuantityList());
        list("outputEPCList", e.outputEPCList());
        quantities("outputQuantityList", e.outputQuantityList());
        text("transformationID", e.transformationID());
        whereWhy(c, true);
        tail(c);
        ilmd(e.ilmd());
      }
      case AssociationEvent e -> {
        text("parentID", e.parentID());
        list("childEPCs", e.childEPCs());
        quantities("childQuantityList", e.childQuantityList());
        action(e.action());
        whereWhy(c, true);
        tail(c);
      }
    }
    XmlExtensionCodec.write(c.extensions(), out, prefixes);
    out.writeEndElement();
  }

  private void whereWhy(EventCommon c, boolean withBizTransactions) throws XMLStreamException {
    text("bizStep", c.bizStep() == null ? null : Vocabulary.BIZ_STEP.xmlForm(c.bizStep()));
    text("disposition", c.disposition() == null ? null : Vocabulary.DISPOSITION.xmlForm(c.disposition()));
    location("readPoint", c.readPoint());
    location("bizLocation", c.bizLocation());
    if (withBizTransactions) {
      bizTransactions(c.bizTransactionList());
    }
  }

  private void tail(EventCommon c) throws XMLStreamException {
    sourceDestinations("sourceList", "source", c.sourceList());
    sourceDestinations("destinationList", "destination", c.destinationList());
    XmlSensorCodec.write(c.sensorElementList(), out, prefixes);
    if (c.persistentDisposition() != null) {
      out.writeStartElement("persistentDisposition");
      for (String value : c.persistentDisposition().unset()) {
        text("unset", Vocabulary.DISPOSITION.xmlForm(value));
      }
      for (String value : c.persistentDisposition().set()) {
        text("set", Vocabulary.DISPOSITION.xmlForm(value));
      }
      out.writeEndElement();
    }
  }

  private void action(Action action) throws XMLStreamException {
    text("action", action.name());
  }

  private void ilmd(Ilmd ilmd) throws XMLStreamException {
    if (ilmd != null) {
      out.writeStartElement("ilmd");
      XmlExtensionCodec.write(ilmd.members(), out, prefixes);
      out.writeEndElement();
    }
  }

  private void errorDeclaration(ErrorDeclaration declaration) throws XMLStreamException {
    if (declaration == null) {
      return;
    }
    out.writeStartElement("errorDeclaration");
    text("declarationTime", EpcisTimes.format(declaration.declarationTime()));
    text("reason", declaration.reason() == null ? null : Vocabulary.ERROR_REASON.xmlForm(declaration.reason()));
    if (!declaration.correctiveEventIDs().isEmpty()) {
      out.writeStartElement("correctiveEventIDs");
      for (String id : declaration.correctiveEventIDs()) {
        text("correctiveEventID", id);
      }
      out.writeEndElement();
    }
    XmlExtensionCodec.write(declaration.extensions(), out, prefixes);
    out.writeEndElement();
  }

  private void location(String name, Location location) throws XMLStreamException {
    if (location != null) {
      out.writeStartElement(name);
      text("id", location.id());
      XmlExtensionCodec.write(location.extensions(), out, prefixes);
      out.writeEndElement();
    }
  }

  private void bizTransactions(List<BizTransaction> transactions) throws XMLStreamException {
    if (transactions.isEmpty()) {
      return;
    }
    out.writeStartElement("bizTransactionList");
    for (BizTransaction t : transactions) {
      out.writeStartElement("bizTransaction");
      if (t.type() != null) {
        out.writeAttribute("type", Vocabulary.BIZ_TRANSACTION_TYPE.xmlForm(t.type()));
      }
      out.writeCharacters(t.value());
      out.writeEndElement();
    }
    out.writeEndElement();
  }

  private void sourceDestinations(String list, String member, List<SourceDestination> values)
      throws XMLStreamException {
    if (values.isEmpty()) {
      return;
    }
    out.writeStartElement(list);
    for (SourceDestination value : values) {
      out.writeStartElement(member);
      out.writeAttribute("type", Vocabulary.SOURCE_DESTINATION_TYPE.xmlForm(value.type()));
      out.writeCharacters(value.value());
      out.writeEndElement();
    }
    out.writeEndElement();
  }

  private void quantities(String name, List<QuantityElement> quantities) throws XMLStreamException {
    if (quantities.isEmpty()) {
      return;
    }
    out.writeStartElement(name);
    for (QuantityElement q : quantities) {
      out.writeStartElement("quantityElement");
      text("epcClass", q.epcClass());
      text("quantity", q.quantity() == null ? null : q.quantity().toPlainString());
      text("uom", q.uom());
      out.writeEndElement();
    }
    out.writeEndElement();
  }

  private void list(String name, List<String> epcs) throws XMLStreamException {
    if (epcs.isEmpty()) {
      return;
    }
    out.writeStartElement(name);
    for (String epc : epcs) {
      text("epc", epc);
    }
    out.writeEndElement();
  }

  private void text(String name, String value) throws XMLStreamException {
    if (value != null) {
      out.writeStartElement(name);
      out.writeCharacters(value);
      out.writeEndElement();
    }
  }
}
