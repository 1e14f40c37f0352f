package org.bricshub.epcis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the user extensions anywhere in an event: event level, locations, ILMD, error declaration, sensors. */
final class EventExtensions {
  private EventExtensions() {}

  static List<List<Extension>> all(EpcisEvent event) {
    EventCommon c = event.common();
    List<List<Extension>> lists = new ArrayList<>();
    lists.add(c.extensions());
    if (c.readPoint() != null) {
      lists.add(c.readPoint().extensions());
    }
    if (c.bizLocation() != null) {
      lists.add(c.bizLocation().extensions());
    }
    if (c.errorDeclaration() != null) {
      lists.add(c.errorDeclaration().extensions());
    }
    for (SensorElement element : c.sensorElementList()) {
      lists.add(element.extensions());
      if (element.metadata() != null) {
        lists.add(element.metadata().extensions());
      }
      element.reports().forEach(report -> lists.add(report.extensions()));
    }
    Ilmd ilmd = switch (event) {
      case ObjectEvent e -> e.ilmd();
      case TransformationEvent e -> e.ilmd();
      default -> null;
    };
    if (ilmd != null) {
      lists.add(ilmd.members());
    }
    return lists;
  }

  /** Every prefix binding the extensions of these events use, in first-use order. */
  static Map<String, String> prefixes(List<EpcisEvent> events) {
    Map<String, String> prefixes = new LinkedHashMap<>();
    for (EpcisEvent event : events) {
      all(event).forEach(list -> JsonExtensionCodec.collectPrefixes(list, prefixes));
    }
    return prefixes;
  }
}
