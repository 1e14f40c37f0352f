package org.bricshub.epcis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Builds the pre-hash string of an event (CBV 2.0 §8.9.2): the standard fields in canonical order, list members
 * and user extensions sorted, {@code eventID}, {@code recordTime} and {@code errorDeclaration} left out. Lists that
 * the reference implementation (and its published test vectors) places after the ordered fields - business
 * transactions, sources, destinations, ILMD - are sorted together with the event-level user extensions.
 */
final class PreHashString {
  private final StringBuilder out = new StringBuilder(512);
  private final ExtensionPreHash extensions;

  private PreHashString(Set<QualifiedName> ignored) {
    this.extensions = new ExtensionPreHash(ignored);
  }

  static String of(EpcisEvent event, Set<QualifiedName> ignored) {
    PreHashString pre = new PreHashString(ignored);
    pre.event(event);
    return pre.out.toString();
  }

  private void event(EpcisEvent event) {
    EventCommon c = event.common();
    out.append("eventType=").append(event.type().standardName());
    field("eventTime", HashValues.time(c.eventTime()));
    field("eventTimeZoneOffset", c.eventTimeZoneOffset());
    out.append(sorted(c.certificationInfo().stream().map(v -> "certificationInfo=" + HashValues.value(v)).toList()));
    List<String> tail = new ArrayList<>();
    switch (event) {
      case ObjectEvent e -> {
        epcs("epcList", e.epcList());
        quantities("quantityList", e.quantityList());
        tail.addAll(ilmd(e.ilmd()));
      }
      case AggregationEvent e -> {
        field("parentID", identifier(e.parentID()));
        epcs("childEPCs", e.childEPCs());
        quantities("childQuantityList", e.childQuantityList());
      }
      case TransactionEvent e -> {
        field("parentID", identifier(e.parentID()));
        epcs("epcList", e.epcList());
        quantities("quantityList", e.quantityList());
      }
      case TransformationEvent e -> {
        epcs("inputEPCList", e.inputEPCList());
        quantities("inputQuantityList", e.inputQuantityList());
        epcs("outputEPCList", e.outputEPCList());
        quantities("outputQuantityList", e.outputQuantityList());
        tail.addAll(ilmd(e.ilmd()));
      }
      case AssociationEvent e -> {
        field("parentID", identifier(e.parentID()));
        epcs("childEPCs", e.childEPCs());
        quantities("childQuantityList", e.childQuantityList());
      }
    }
    if (event.action() != null) {
      field("action", event.action().name());
    }
    if (event instanceof TransformationEvent t) {
      field("transformationID", identifier(t.transformationID()));
    }
    whereWhy(c, tail);
    out.append(sorted(tail));
  }

  private void whereWhy(EventCommon c, List<String> tail) {
    field("bizStep", c.bizStep() == null ? null : HashValues.vocabulary(Vocabulary.BIZ_STEP, c.bizStep()));
    field("disposition",
        c.disposition() == null ? null : HashValues.vocabulary(Vocabulary.DISPOSITION, c.disposition()));
    if (c.persistentDisposition() != null) {
      String set = sorted(c.persistentDisposition().set().stream()
          .map(v -> "set=" + HashValues.vocabulary(Vocabulary.DISPOSITION, v)).toList());
      String unset = sorted(c.persistentDisposition().unset().stream()
          .map(v -> "unset=" + HashValues.vocabulary(Vocabulary.DISPOSITION, v)).toList());
      group("persistentDisposition", set + unset);
    }
    location("readPoint", c.readPoint());
    location("bizLocation", c.bizLocation());
    out.append(new SensorPreHash(extensions).of(c.sensorElementList()));
    if (!c.bizTransactionList().isEmpty()) {
      tail.add("bizTransactionList" + sorted(c.bizTransactionList().stream()
          .map(t -> (t.type() == null ? "" : "type=" + HashValues.vocabulary(Vocabulary.BIZ_TRANSACTION_TYPE,
              t.type())) + "bizTransaction=" + HashValues.value(t.value()))
          .toList()));
    }
    sourceDestinations(tail, "sourceList", "source", c.sourceList());
    sourceDestinations(tail, "destinationList", "destination", c.destinationList());
    tail.addAll(extensions.of(c.extensions()));
  }

  private void sourceDestinations(List<String> tail, String list, String member,
      List<SourceDestination> values) {
    if (!values.isEmpty()) {
      tail.add(list + sorted(values.stream()
          .map(v -> "type=" + HashValues.vocabulary(Vocabulary.SOURCE_DESTINATION_TYPE, v.type()) + member + "="
              + HashValues.value(v.value()))
          .toList()));
    }
  }

  private List<String> ilmd(Ilmd ilmd) {
    if (ilmd == null || ilmd.members().isEmpty()) {
      return List.of();
    }
    return List.of("ilmd" + sorted(extensions.of(ilmd.members())));
  }

  private void location(String name, Location location) {
    if (location != null) {
      group(name, "id=" + identifier(location.id()) + sorted(extensions.of(location.extensions())));
    }
  }

  private void epcs(String name, List<String> epcs) {
    group(name, sorted(epcs.stream().map(epc -> "epc=" + identifier(epc)).toList()));
  }

  private void quantities(String name, List<QuantityElement> quantities) {
    group(name, sorted(quantities.stream().map(PreHashString::quantity).toList()));
  }

  private static String quantity(QuantityElement q) {
    StringBuilder s = new StringBuilder("quantityElement");
    s.append("epcClass=").append(identifier(q.epcClass()));
    if (q.quantity() != null) {
      s.append("quantity=").append(HashValues.number(q.quantity()));
    }
    if (q.uom() != null) {
      s.append("uom=").append(q.uom().strip());
    }
    return s.toString();
  }

  private void group(String name, String content) {
    if (!content.isEmpty()) {
      out.append(name).append(content);
    }
  }

  private void field(String name, String value) {
    if (value != null && !value.isBlank()) {
      out.append(name).append('=').append(value.strip());
    }
  }

  static String field(String name, OffsetDateTime time) {
    return time == null ? "" : name + "=" + HashValues.time(time);
  }

  static String field(String name, BigDecimal number) {
    return number == null ? "" : name + "=" + HashValues.number(number);
  }

  static String fieldValue(String name, String value) {
    return value == null || value.isBlank() ? "" : name + "=" + HashValues.value(value);
  }

  private static String identifier(String value) {
    return value == null ? null : HashValues.value(value);
  }

  static String sorted(List<String> parts) {
    List<String> copy = new ArrayList<>(parts);
    Collections.sort(copy);
    return String.join("", copy);
  }
}
