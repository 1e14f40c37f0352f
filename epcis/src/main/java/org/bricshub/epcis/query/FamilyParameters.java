package org.bricshub.epcis.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bricshub.epcis.DocumentNamespaces;
import org.bricshub.epcis.QualifiedName;

/**
 * The parameter families whose names carry data (REST binding query-schema.json patternProperties): typed
 * references ({@code EQ_bizTransaction_po}), sensor readings by unit ({@code GE_value_CEL}), quantities by unit,
 * user extension fields by scope ({@code EQ_INNER_ILMD_ex:lot}) and master-data attributes.
 */
final class FamilyParameters {
  private static final Pattern TYPED_REFERENCE =
      Pattern.compile("EQ_(bizTransaction|source|destination)_([a-z][a-zA-Z0-9_]+)");
  private static final Pattern BY_UOM = Pattern.compile(
      "(EQ|GT|GE|LT|LE)_(quantity|value|minValue|maxValue|meanValue|sDev|percValue)_([A-Z0-9]{2,4})");
  private static final Pattern EXTENSION = Pattern.compile("(EQ|GT|GE|LT|LE|EXISTS)_(INNER_)?"
      + "(ILMD_|ERROR_DECLARATION_|SENSORELEMENT_|SENSORMETADATA_|SENSORREPORT_|readPoint_|bizLocation_)?"
      + "([a-zA-Z][\\w.-]*):(\\w[\\w.-]*)");
  private static final Pattern HAS_ATTRIBUTE = Pattern.compile("HASATTR_(.+)");
  private static final Pattern ATTRIBUTE = Pattern.compile("EQ_ATTR_([^_]+)_(.+)");
  /**
   * The fields whose values are master-data vocabulary elements that HASATTR_/EQ_ATTR_ may name (EPCIS 2.0 §7.2:
   * ReadPoint, BusinessLocation, EPCClass vocabularies; CBV vocabularies carry no user master data).
   */
  private static final Set<String> MASTER_DATA_FIELDS = Set.of("readPoint", "bizLocation", "epcClass");
  private static final Map<String, QueryCondition.NumberField> NUMBER_FIELDS = Map.of(
      "quantity", QueryCondition.NumberField.QUANTITY, "value", QueryCondition.NumberField.VALUE,
      "minValue", QueryCondition.NumberField.MIN_VALUE, "maxValue", QueryCondition.NumberField.MAX_VALUE,
      "meanValue", QueryCondition.NumberField.MEAN_VALUE, "sDev", QueryCondition.NumberField.SDEV,
      "percValue", QueryCondition.NumberField.PERC_VALUE);
  private static final Map<String, QueryCondition.ExtensionScope> SCOPES = Map.of(
      "", QueryCondition.ExtensionScope.EVENT, "ILMD_", QueryCondition.ExtensionScope.ILMD,
      "ERROR_DECLARATION_", QueryCondition.ExtensionScope.ERROR_DECLARATION,
      "SENSORELEMENT_", QueryCondition.ExtensionScope.SENSOR_ELEMENT,
      "SENSORMETADATA_", QueryCondition.ExtensionScope.SENSOR_METADATA,
      "SENSORREPORT_", QueryCondition.ExtensionScope.SENSOR_REPORT,
      "readPoint_", QueryCondition.ExtensionScope.READ_POINT, "bizLocation_", QueryCondition.ExtensionScope.BIZ_LOCATION);

  private final ParameterValues values;
  private final DocumentNamespaces namespaces;

  FamilyParameters(ParameterValues values, DocumentNamespaces namespaces) {
    this.values = values;
    this.namespaces = namespaces;
  }

  /** The condition of a family parameter, empty when the name belongs to no family. */
  Optional<QueryCondition> parse(String name, List<String> raw) {
    Matcher m = TYPED_REFERENCE.matcher(name);
    if (m.matches()) {
      var kind = switch (m.group(1)) {
        case "bizTransaction" -> QueryCondition.ReferenceKind.BIZ_TRANSACTION;
        case "source" -> QueryCondition.ReferenceKind.SOURCE;
        default -> QueryCondition.ReferenceKind.DESTINATION;
      };
      return Optional.of(new QueryCondition.TypedReferenceIn(kind, m.group(2), values.uris(name, raw)));
    }
    m = BY_UOM.matcher(name);
    if (m.matches()) {
      Comparison comparison = Comparison.valueOf(m.group(1));
      if (comparison == Comparison.EQ && !m.group(2).equals("value") && !m.group(2).equals("quantity")) {
        return Optional.empty();
      }
      return Optional.of(numbers(name, raw, NUMBER_FIELDS.get(m.group(2)), comparison, m.group(3)));
    }
    m = ATTRIBUTE.matcher(name);
    if (m.matches()) {
      // Kept as written: the repository types each value against the stored attribute (number, date-time, text).
      return Optional.of(new QueryCondition.MasterDataAttribute(masterDataField(name, m.group(1)), m.group(2),
          Set.of(), values.list(name, raw).stream().<QueryValue>map(QueryValue.Text::new).toList()));
    }
    m = HAS_ATTRIBUTE.matcher(name);
    if (m.matches()) {
      return Optional.of(new QueryCondition.MasterDataAttribute(masterDataField(name, m.group(1)), null,
          Set.copyOf(values.list(name, raw)), List.of()));
    }
    m = EXTENSION.matcher(name);
    if (m.matches()) {
      return extension(name, raw, m);
    }
    return Optional.empty();
  }

  private String masterDataField(String name, String field) {
    if (!MASTER_DATA_FIELDS.contains(field)) {
      values.problem(name, "'" + field + "' is not a field whose values have master data; one of "
          + String.join(", ", MASTER_DATA_FIELDS.stream().sorted().toList()));
    }
    return field;
  }

  QueryCondition numbers(String name, List<String> raw, QueryCondition.NumberField field, Comparison comparison,
      String uom) {
    List<String> items = comparison == Comparison.EQ ? values.list(name, raw) : singleton(name, raw);
    return new QueryCondition.NumberCompare(field, comparison, values.numbers(name, items), uom);
  }

  private Optional<QueryCondition> extension(String name, List<String> raw, Matcher m) {
    String prefix = m.group(4);
    String namespace = namespaces.namespaceOf(prefix).orElse(null);
    if (namespace == null) {
      values.problem(name, "the prefix '" + prefix + "' is not declared (GS1-Extensions header)");
      return Optional.of(new QueryCondition.ExtensionField(QueryCondition.ExtensionScope.EVENT, false,
          new QualifiedName("", m.group(5), prefix), null, List.of()));
    }
    QualifiedName field = new QualifiedName(namespace, m.group(5), prefix);
    QueryCondition.ExtensionScope scope = SCOPES.get(m.group(3) == null ? "" : m.group(3));
    boolean inner = m.group(2) != null;
    if (m.group(1).equals("EXISTS")) {
      values.flag(name, raw);
      return Optional.of(new QueryCondition.ExtensionField(scope, inner, field, null, List.of()));
    }
    Comparison comparison = Comparison.valueOf(m.group(1));
    List<String> items = comparison == Comparison.EQ ? values.list(name, raw) : singleton(name, raw);
    List<QueryValue> typed = items.stream().map(QueryValue::of).toList();
    if (comparison != Comparison.EQ && typed.stream().anyMatch(QueryValue.Text.class::isInstance)) {
      values.problem(name, "an ordering comparison needs a number or a date-time");
    }
    return Optional.of(new QueryCondition.ExtensionField(scope, inner, field, comparison, typed));
  }

  /** The extension field {@code prefix:name} names, or {@code null} (and a problem) when the prefix is unknown. */
  QualifiedName field(String parameter, String prefixed) {
    int colon = prefixed.indexOf(':');
    String prefix = prefixed.substring(0, colon);
    String namespace = namespaces.namespaceOf(prefix).orElse(null);
    if (namespace == null || colon == prefixed.length() - 1) {
      values.problem(parameter, "'" + prefixed + "' names no extension field with a declared prefix (GS1-Extensions)");
      return null;
    }
    return new QualifiedName(namespace, prefixed.substring(colon + 1), prefix);
  }

  private List<String> singleton(String name, List<String> raw) {
    String value = values.single(name, raw);
    return value == null ? List.of() : List.of(value);
  }
}
