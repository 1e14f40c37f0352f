package org.bricshub.epcis.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bricshub.epcis.QualifiedName;

/**
 * One restriction of an event query, parsed from one query parameter (EPCIS 2.0 §8.2.7.1 SimpleEventQuery, REST
 * binding query-schema.json). An event matches a query when it matches every condition. Vocabulary values are held
 * compact ({@code shipping}), as the event model holds them.
 */
public sealed interface QueryCondition {

  /** {@code eventType}: the event's type is one of these names (standard or extension types). */
  record EventTypeIn(Set<String> types) implements QueryCondition {
    public EventTypeIn {
      types = Set.copyOf(types);
    }
  }

  /** {@code GE_<time>} / {@code LT_<time>}: a time field at or after / strictly before an instant. */
  record TimeBound(TimeField field, Comparison comparison, Instant time) implements QueryCondition {
    public TimeBound {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(time, "time");
      if (comparison != Comparison.GE && comparison != Comparison.LT) {
        throw new IllegalArgumentException("time bounds are GE or LT");
      }
    }
  }

  /** Time fields a query can bound. */
  enum TimeField { EVENT_TIME, RECORD_TIME, ERROR_DECLARATION_TIME, SENSOR_TIME, SENSOR_START_TIME, SENSOR_END_TIME }

  /** {@code EQ_<field>}: the field has one of these values. */
  record ValueIn(ValueField field, Set<String> values) implements QueryCondition {
    public ValueIn {
      Objects.requireNonNull(field, "field");
      values = Set.copyOf(values);
    }
  }

  /** Fields compared for equality with a set of values. */
  enum ValueField {
    ACTION, BIZ_STEP, DISPOSITION, PERSISTENT_DISPOSITION_SET, PERSISTENT_DISPOSITION_UNSET, READ_POINT,
    BIZ_LOCATION, TRANSFORMATION_ID, EVENT_ID, ERROR_REASON, CORRECTIVE_EVENT_ID, SENSOR_TYPE, DEVICE_ID,
    DATA_PROCESSING_METHOD, MICROORGANISM, CHEMICAL_SUBSTANCE, BIZ_RULES, STRING_VALUE, HEX_BINARY_VALUE, URI_VALUE
  }

  /** {@code WD_readPoint} / {@code WD_bizLocation}: the location is one of these or a descendant in master data. */
  record WithDescendants(ValueField field, Set<String> ids) implements QueryCondition {
    public WithDescendants {
      if (field != ValueField.READ_POINT && field != ValueField.BIZ_LOCATION) {
        throw new IllegalArgumentException("WD_ applies to readPoint and bizLocation");
      }
      ids = Set.copyOf(ids);
    }
  }

  /** {@code MATCH_<role>}: an identifier in that role matches one of the URIs or patterns (EPCIS 2.0 §8.2.7.1.1). */
  record EpcMatch(EpcRole role, Set<String> patterns) implements QueryCondition {
    public EpcMatch {
      Objects.requireNonNull(role, "role");
      patterns = Set.copyOf(patterns);
    }
  }

  /** The identifier roles MATCH_ parameters name. */
  enum EpcRole { EPC, PARENT_ID, INPUT_EPC, OUTPUT_EPC, ANY_EPC, EPC_CLASS, INPUT_EPC_CLASS, OUTPUT_EPC_CLASS,
    ANY_EPC_CLASS }

  /** {@code EXISTS_errorDeclaration} / {@code EXISTS_sensorElementList}: the part is present. */
  record Exists(Part part) implements QueryCondition {
    public Exists {
      Objects.requireNonNull(part, "part");
    }
  }

  /** Event parts EXISTS_ can require. */
  enum Part { ERROR_DECLARATION, SENSOR_ELEMENT_LIST }

  /**
   * {@code EQ_/GT_/GE_/LT_/LE_} on a number: quantity, or a sensor reading in a unit ({@code GE_value_CEL}).
   *
   * @param uom the unit the parameter names, or {@code null} when it names none
   * @param values one value, or several for EQ
   */
  record NumberCompare(NumberField field, Comparison comparison, List<BigDecimal> values, String uom)
      implements QueryCondition {
    public NumberCompare {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(comparison, "comparison");
      values = List.copyOf(values);
    }
  }

  /** Numeric fields a query can compare. */
  enum NumberField { QUANTITY, VALUE, MIN_VALUE, MAX_VALUE, MEAN_VALUE, SDEV, PERC_RANK, PERC_VALUE }

  /** {@code EQ_booleanValue}: a sensor report carries this boolean value. */
  record BooleanValueIs(boolean value) implements QueryCondition {}

  /** {@code EQ_bizTransaction_<type>}, {@code EQ_source_<type>}, {@code EQ_destination_<type>}. */
  record TypedReferenceIn(ReferenceKind kind, String type, Set<String> values) implements QueryCondition {
    public TypedReferenceIn {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(type, "type");
      values = Set.copyOf(values);
    }
  }

  /** The typed references of an event. */
  enum ReferenceKind { BIZ_TRANSACTION, SOURCE, DESTINATION }

  /**
   * A comparison on a user extension field ({@code EQ_ex:f}, {@code GE_ILMD_ex:f}, {@code EQ_INNER_SENSORREPORT_ex:f},
   * ...), or {@code EXISTS_} of it when {@code comparison} is {@code null} and {@code values} empty.
   *
   * @param inner whether the field may be nested at any depth ({@code INNER_}) rather than at the top of its scope
   */
  record ExtensionField(ExtensionScope scope, boolean inner, QualifiedName name, Comparison comparison,
      List<QueryValue> values) implements QueryCondition {
    public ExtensionField {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values);
    }

    /** Whether this is an EXISTS_ condition. */
    public boolean isExists() {
      return comparison == null;
    }
  }

  /** Where in the event an extension field is looked for. */
  enum ExtensionScope { EVENT, ILMD, ERROR_DECLARATION, SENSOR_ELEMENT, SENSOR_METADATA, SENSOR_REPORT, READ_POINT,
    BIZ_LOCATION }

  /**
   * Master-data conditions: {@code HASATTR_<field>} (the vocabulary element named in the field has one of the
   * attributes) when {@code values} is empty, {@code EQ_ATTR_<field>_<attribute>} otherwise.
   */
  record MasterDataAttribute(String field, String attribute, Set<String> attributeNames, List<QueryValue> values)
      implements QueryCondition {
    public MasterDataAttribute {
      Objects.requireNonNull(field, "field");
      attributeNames = Set.copyOf(attributeNames);
      values = List.copyOf(values);
    }
  }
}
