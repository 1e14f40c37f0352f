package org.bricshub.epcis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Reads one event of the EPCIS 2.0 XML binding (EPCIS 2.0 §9.5) into the model. */
final class XmlEventReader {
  private final XmlFieldReader in;
  private final String path;
  private final EventType type;
  private final XmlEventFields f = new XmlEventFields();

  private XmlEventReader(XmlFieldReader in, String path, EventType type) {
    this.in = in;
    this.path = path;
    this.type = type;
  }

  /** The event, or null when too broken to build; problems are recorded in {@code in}. */
  static EpcisEvent read(Element element, EventType type, XmlFieldReader in, String path) {
    XmlEventReader reader = new XmlEventReader(in, path, type);
    int before = in.violations().size();
    reader.fields(element);
    return in.violations().size() > before ? null : reader.build();
  }

  private void fields(Element parent) {
    List<Element> extensions = new ArrayList<>();
    for (Element child : XmlNames.children(parent)) {
      if (!XmlNames.isPlain(child)) {
        extensions.add(child);
        continue;
      }
      String name = XmlNames.local(child);
      String at = path + "/" + name;
      switch (name) {
        case "eventTime" -> f.eventTime = in.time(XmlNames.text(child), at);
        case "recordTime" -> f.recordTime = in.time(XmlNames.text(child), at);
        case "eventTimeZoneOffset" -> f.offset = XmlNames.text(child);
        case "eventID" -> f.eventID = XmlNames.text(child);
        case "certificationInfo" -> f.certificationInfo.add(XmlNames.text(child));
        case "errorDeclaration" -> f.errorDeclaration = errorDeclaration(child, at);
        case "baseExtension", "extension" -> fields(child);
        case "action" -> f.action = action(XmlNames.text(child), at);
        case "parentID" -> f.parentID = XmlNames.text(child);
        case "epcList" -> f.epcList = epcs(child);
        case "childEPCs" -> f.childEPCs = epcs(child);
        case "inputEPCList" -> f.inputEPCList = epcs(child);
        case "outputEPCList" -> f.outputEPCList = epcs(child);
        case "quantityList" -> f.quantityList = quantities(child, at);
        case "childQuantityList" -> f.childQuantityList = quantities(child, at);
        case "inputQuantityList" -> f.inputQuantityList = quantities(child, at);
        case "outputQuantityList" -> f.outputQuantityList = quantities(child, at);
        case "transformationID" -> f.transformationID = XmlNames.text(child);
        case "bizStep" -> f.bizStep = XmlFieldReader.vocabulary(Vocabulary.BIZ_STEP, child, XmlNames.text(child));
        case "disposition" ->
            f.disposition = XmlFieldReader.vocabulary(Vocabulary.DISPOSITION, child, XmlNames.text(child));
        case "persistentDisposition" -> f.persistentDisposition = persistentDisposition(child);
        case "readPoint" -> f.readPoint = location(child, at);
        case "bizLocation" -> f.bizLocation = location(child, at);
        case "bizTransactionList" -> f.bizTransactions = bizTransactions(child);
        case "sourceList" -> f.sources = sourceDestinations(child, at);
        case "destinationList" -> f.destinations = sourceDestinations(child, at);
        case "sensorElementList" -> f.sensorElements = XmlSensorCodec.read(child, in, at);
        case "ilmd" -> f.ilmd = ilmd(child);
        default -> in.violation(at, "'" + name + "' is not a field of " + type.standardName()
            + " and not a namespaced extension");
      }
    }
    f.extensions.addAll(XmlExtensionCodec.read(extensions));
  }

  private EpcisEvent build() {
    int before = in.violations().size();
    if (f.eventTime == null) {
      in.violation(path + "/eventTime", "eventTime is required");
    }
    if (f.offset == null) {
      in.violation(path + "/eventTimeZoneOffset", "eventTimeZoneOffset is required");
    }
    if (f.action == null && type != EventType.TRANSFORMATION_EVENT) {
      in.violation(path + "/action", type.standardName() + " requires an action");
    }
    if (in.violations().size() > before) {
      return null;
    }
    EventCommon common = new EventCommon(f.eventTime, f.offset, f.recordTime, f.eventID, f.errorDeclaration,
        f.certificationInfo, f.bizStep, f.disposition, f.persistentDisposition, f.readPoint, f.bizLocation,
        f.bizTransactions, f.sources, f.destinations, f.sensorElements, f.extensions);
    return switch (type) {
      case OBJECT_EVENT -> new ObjectEvent(common, f.action, f.epcList, f.quantityList, f.ilmd);
      case AGGREGATION_EVENT -> new AggregationEvent(common, f.action, f.parentID, f.childEPCs, f.childQuantityList);
      case TRANSACTION_EVENT -> new TransactionEvent(common, f.action, f.parentID, f.epcList, f.quantityList);
      case TRANSFORMATION_EVENT -> new TransformationEvent(common, f.transformationID, f.inputEPCList,
          f.inputQuantityList, f.outputEPCList, f.outputQuantityList, f.ilmd);
      case ASSOCIATION_EVENT -> new AssociationEvent(common, f.action, f.parentID, f.childEPCs, f.childQuantityList);
    };
  }

  private Action action(String text, String at) {
    try {
      return Action.valueOf(text);
    } catch (IllegalArgumentException e) {
      in.violation(at, "action must be ADD, OBSERVE or DELETE, was '" + text + "'");
      return null;
    }
  }

  private static List<String> epcs(Element list) {
    return XmlNames.children(list).stream().map(XmlNames::text).toList();
  }

  private List<QuantityElement> quantities(Element list, String at) {
    List<QuantityElement> result = new ArrayList<>();
    for (Element element : XmlNames.children(list)) {
      String epcClass = null;
      BigDecimal quantity = null;
      String uom = null;
      for (Element field : XmlNames.children(element)) {
        switch (XmlNames.local(field)) {
          case "epcClass" -> epcClass = XmlNames.text(field);
          case "quantity" -> quantity = in.decimal(XmlNames.text(field), at + "/quantityElement/quantity");
          case "uom" -> uom = XmlNames.text(field);
          default -> in.violation(at + "/quantityElement/" + XmlNames.local(field), "not a quantity field");
        }
      }
      if (epcClass == null) {
        in.violation(at + "/quantityElement", "a quantity element requires an epcClass");
      } else {
        result.add(new QuantityElement(epcClass, quantity, uom));
      }
    }
    return result;
  }

  private PersistentDisposition persistentDisposition(Element element) {
    List<String> set = new ArrayList<>();
    List<String> unset = new ArrayList<>();
    for (Element child : XmlNames.children(element)) {
      String value = XmlFieldReader.vocabulary(Vocabulary.DISPOSITION, child, XmlNames.text(child));
      (XmlNames.local(child).equals("set") ? set : unset).add(value);
    }
    return new PersistentDisposition(set, unset);
  }

  private Location location(Element element, String at) {
    String id = null;
    List<Element> extensions = new ArrayList<>();
    for (Element child : XmlNames.children(element)) {
      if (XmlNames.isPlain(child) && XmlNames.local(child).equals("id")) {
        id = XmlNames.text(child);
      } else if (XmlNames.isPlain(child) && XmlNames.local(child).equals("extension")) {
        extensions.addAll(XmlNames.children(child));
      } else {
        extensions.add(child);
      }
    }
    if (id == null) {
      in.violation(at + "/id", "a location requires an id");
      return null;
    }
    return new Location(id, XmlExtensionCodec.read(extensions));
  }

  private static List<BizTransaction> bizTransactions(Element list) {
    return XmlNames.children(list).stream().map(e -> new BizTransaction(
        XmlFieldReader.vocabulary(Vocabulary.BIZ_TRANSACTION_TYPE, e, XmlFieldReader.attribute(e, "type")),
        XmlNames.text(e))).toList();
  }

  private List<SourceDestination> sourceDestinations(Element list, String at) {
    List<SourceDestination> result = new ArrayList<>();
    for (Element e : XmlNames.children(list)) {
      String type = XmlFieldReader.attribute(e, "type");
      if (type == null) {
        in.violation(at + "/" + XmlNames.local(e) + "/@type", "a source or destination requires a type");
      } else {
        result.add(new SourceDestination(
            XmlFieldReader.vocabulary(Vocabulary.SOURCE_DESTINATION_TYPE, e, type), XmlNames.text(e)));
      }
    }
    return result;
  }

  private ErrorDeclaration errorDeclaration(Element element, String at) {
    OffsetDateTime time = null;
    String reason = null;
    List<String> corrective = new ArrayList<>();
    List<Element> extensions = new ArrayList<>();
    for (Element child : XmlNames.children(element)) {
      switch (XmlNames.isPlain(child) ? XmlNames.local(child) : "") {
        case "declarationTime" -> time = in.time(XmlNames.text(child), at + "/declarationTime");
        case "reason" -> reason = XmlFieldReader.vocabulary(Vocabulary.ERROR_REASON, child, XmlNames.text(child));
        case "correctiveEventIDs" -> XmlNames.children(child).forEach(id -> corrective.add(XmlNames.text(id)));
        case "extension" -> extensions.addAll(XmlNames.children(child));
        default -> extensions.add(child);
      }
    }
    if (time == null) {
      in.violation(at + "/declarationTime", "an error declaration requires a declarationTime");
      return null;
    }
    return new ErrorDeclaration(time, reason, corrective, XmlExtensionCodec.read(extensions));
  }

  private static Ilmd ilmd(Element element) {
    List<Element> members = new ArrayList<>();
    for (Element child : XmlNames.children(element)) {
      if (XmlNames.isPlain(child) && XmlNames.local(child).equals("extension")) {
        members.addAll(XmlNames.children(child));
      } else {
        members.add(child);
      }
    }
    return new Ilmd(XmlExtensionCodec.read(members));
  }
}
