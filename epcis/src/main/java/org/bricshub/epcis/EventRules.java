package org.bricshub.epcis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The semantic rules of EPCIS 2.0 and CBV 2.0 that the schemas do not express, checked on the model: CBV vocabulary
 * values, identifier syntax, time-zone offsets, required parent IDs, quantities and sensor readings. Locations are
 * JSON pointers relative to the event.
 */
final class EventRules {
  private static final Pattern OFFSET = Pattern.compile("[+-]((0\\d|1[0-3]):[0-5]\\d|14:00)");
  private static final Pattern UOM = Pattern.compile("[A-Z0-9]{2,3}");
  private static final Pattern HEX = Pattern.compile("([0-9A-Fa-f]{2})*");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<Violation> violations = new ArrayList<>();
  private final String at;

  private EventRules(String at) {
    this.at = at;
  }

  /** Every semantic violation of the event, located under {@code at}. */
  static List<Violation> check(EpcisEvent event, String at) {
    EventRules rules = new EventRules(at);
    rules.event(event);
    return rules.violations;
  }

  private void event(EpcisEvent event) {
    EventCommon c = event.common();
    if (!OFFSET.matcher(c.eventTimeZoneOffset()).matches()) {
      fail("/eventTimeZoneOffset", "eventTimeZoneOffset must be ±hh:mm between -13:59 and +14:00, was '"
          + c.eventTimeZoneOffset() + "'");
    }
    optionalId("/eventID", c.eventID());
    for (int i = 0; i < c.certificationInfo().size(); i++) {
      id("/certificationInfo/" + i, c.certificationInfo().get(i));
    }
    vocabulary("/bizStep", Vocabulary.BIZ_STEP, c.bizStep());
    vocabulary("/disposition", Vocabulary.DISPOSITION, c.disposition());
    if (c.persistentDisposition() != null) {
      values("/persistentDisposition/set", Vocabulary.DISPOSITION, c.persistentDisposition().set());
      values("/persistentDisposition/unset", Vocabulary.DISPOSITION, c.persistentDisposition().unset());
    }
    if (c.readPoint() != null) {
      id("/readPoint/id", c.readPoint().id());
    }
    if (c.bizLocation() != null) {
      id("/bizLocation/id", c.bizLocation().id());
    }
    for (int i = 0; i < c.bizTransactionList().size(); i++) {
      BizTransaction t = c.bizTransactionList().get(i);
      vocabulary("/bizTransactionList/" + i + "/type", Vocabulary.BIZ_TRANSACTION_TYPE, t.type());
      id("/bizTransactionList/" + i + "/bizTransaction", t.value());
    }
    sourceDestinations("sourceList", "source", c.sourceList());
    sourceDestinations("destinationList", "destination", c.destinationList());
    if (c.errorDeclaration() != null) {
      ErrorDeclaration e = c.errorDeclaration();
      vocabulary("/errorDeclaration/reason", Vocabulary.ERROR_REASON, e.reason());
      for (int i = 0; i < e.correctiveEventIDs().size(); i++) {
        id("/errorDeclaration/correctiveEventIDs/" + i, e.correctiveEventIDs().get(i));
      }
    }
    SensorRules.check(c.sensorElementList(), this);
    what(event);
  }

  private void what(EpcisEvent event) {
    switch (event) {
      case ObjectEvent e -> {
        ids("/epcList", e.epcList());
        quantities("/quantityList", e.quantityList());
      }
      case AggregationEvent e -> {
        if (e.parentID() == null && e.action() != Action.OBSERVE) {
          fail("/parentID", "an AggregationEvent with action " + e.action() + " requires a parentID");
        }
        optionalId("/parentID", e.parentID());
        ids("/childEPCs", e.childEPCs());
        quantities("/childQuantityList", e.childQuantityList());
      }
      case TransactionEvent e -> {
        optionalId("/parentID", e.parentID());
        ids("/epcList", e.epcList());
        quantities("/quantityList", e.quantityList());
        if (e.common().bizTransactionList().isEmpty()) {
          fail("/bizTransactionList", "a TransactionEvent requires at least one business transaction");
        }
      }
      case TransformationEvent e -> {
        if (e.inputEPCList().isEmpty() && e.inputQuantityList().isEmpty() && e.outputEPCList().isEmpty()
            && e.outputQuantityList().isEmpty()) {
          fail("", "a TransformationEvent requires at least one input or output");
        }
        ids("/inputEPCList", e.inputEPCList());
        ids("/outputEPCList", e.outputEPCList());
        quantities("/inputQuantityList", e.inputQuantityList());
        quantities("/outputQuantityList", e.outputQuantityList());
        optionalId("/transformationID", e.transformationID());
      }
      case AssociationEvent e -> {
        if (e.parentID() == null) {
          fail("/parentID", "an AssociationEvent requires a parentID");
        }
        optionalId("/parentID", e.parentID());
        ids("/childEPCs", e.childEPCs());
        quantities("/childQuantityList", e.childQuantityList());
      }
    }
  }

  private void sourceDestinations(String list, String member, List<SourceDestination> values) {
    for (int i = 0; i < values.size(); i++) {
      vocabulary("/" + list + "/" + i + "/type", Vocabulary.SOURCE_DESTINATION_TYPE, values.get(i).type());
      id("/" + list + "/" + i + "/" + member, values.get(i).value());
    }
  }

  private void quantities(String field, List<QuantityElement> quantities) {
    for (int i = 0; i < quantities.size(); i++) {
      QuantityElement q = quantities.get(i);
      id(field + "/" + i + "/epcClass", q.epcClass());
      uom(field + "/" + i + "/uom", q.uom());
      if (q.uom() != null && q.quantity() == null) {
        fail(field + "/" + i + "/quantity", "a quantity element with a uom requires a quantity");
      }
      if (q.quantity() != null && q.quantity().signum() < 0) {
        fail(field + "/" + i + "/quantity", "a quantity must not be negative");
      }
    }
  }

  void uom(String field, String uom) {
    if (uom != null && !UOM.matcher(uom).matches()) {
      fail(field, "uom must be a UN/ECE Rec 20 code of 2 or 3 capitals or digits, was '" + uom + "'");
    }
  }

  void hex(String field, String value) {
    if (value != null && !HEX.matcher(value).matches()) {
      fail(field, "hexBinaryValue must be pairs of hex digits, was '" + value + "'");
    }
  }

  void percentage(String field, BigDecimal value) {
    if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      fail(field, "percRank must be between 0 and 100, was " + value.toPlainString());
    }
  }

  void vocabulary(String field, Vocabulary vocabulary, String value) {
    if (value == null) {
      return;
    }
    if (Vocabulary.isCompact(value)) {
      if (!vocabulary.isStandardValue(value)) {
        fail(field, "'" + value + "' is not a value of the standard " + vocabulary.name().toLowerCase()
            + " vocabulary; use a standard value or a URI of your own");
      }
    } else {
      id(field, value);
    }
  }

  private void values(String field, Vocabulary vocabulary, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      vocabulary(field + "/" + i, vocabulary, values.get(i));
    }
  }

  private void ids(String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      id(field + "/" + i, values.get(i));
    }
  }

  void optionalId(String field, String value) {
    if (value != null) {
      id(field, value);
    }
  }

  private void id(String field, String value) {
    String problem = value == null ? "an identifier must not be empty" : CanonicalIdentifiers.of(value).problem();
    if (problem != null) {
      fail(field, problem);
    }
  }

  void fail(String field, String rule) {
    violations.add(new Violation(at + field, rule));
  }
}
