package org.bricshub.epcis.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bricshub.epcis.Action;
import org.bricshub.epcis.DocumentNamespaces;
import org.bricshub.epcis.EventType;
import org.bricshub.epcis.QualifiedName;
import org.bricshub.epcis.Vocabulary;
import org.bricshub.epcis.query.QueryCondition.EpcRole;
import org.bricshub.epcis.query.QueryCondition.NumberField;
import org.bricshub.epcis.query.QueryCondition.TimeField;
import org.bricshub.epcis.query.QueryCondition.ValueField;

/**
 * Parses the query parameters of {@code GET /epcis/events} (EPCIS 2.0 §8.2.7.1, REST binding query-schema.json and
 * openapi.yaml) into an {@link EventQuery}. Multi-valued parameters may be repeated or pipe-delimited. Every
 * unknown, malformed or conflicting parameter is reported in one {@link QueryParameterException}. Stateless.
 */
public final class EventQueryParser {
  private static final Map<String, TimeField> TIMES = Map.ofEntries(
      Map.entry("eventTime", TimeField.EVENT_TIME), Map.entry("recordTime", TimeField.RECORD_TIME),
      Map.entry("errorDeclarationTime", TimeField.ERROR_DECLARATION_TIME),
      Map.entry("errorDeclaration_Time", TimeField.ERROR_DECLARATION_TIME), Map.entry("time", TimeField.SENSOR_TIME),
      Map.entry("startTime", TimeField.SENSOR_START_TIME), Map.entry("endTime", TimeField.SENSOR_END_TIME));
  private static final Map<String, EpcRole> MATCHES = Map.of(
      "MATCH_epc", EpcRole.EPC, "MATCH_parentID", EpcRole.PARENT_ID, "MATCH_inputEPC", EpcRole.INPUT_EPC,
      "MATCH_outputEPC", EpcRole.OUTPUT_EPC, "MATCH_anyEPC", EpcRole.ANY_EPC, "MATCH_epcClass", EpcRole.EPC_CLASS,
      "MATCH_inputEPCClass", EpcRole.INPUT_EPC_CLASS, "MATCH_outputEPCClass", EpcRole.OUTPUT_EPC_CLASS,
      "MATCH_anyEPCClass", EpcRole.ANY_EPC_CLASS);
  private static final Map<String, ValueField> URI_VALUES = Map.ofEntries(
      Map.entry("EQ_readPoint", ValueField.READ_POINT), Map.entry("EQ_bizLocation", ValueField.BIZ_LOCATION),
      Map.entry("EQ_transformationID", ValueField.TRANSFORMATION_ID), Map.entry("EQ_eventID", ValueField.EVENT_ID),
      Map.entry("EQ_correctiveEventID", ValueField.CORRECTIVE_EVENT_ID), Map.entry("EQ_deviceID", ValueField.DEVICE_ID),
      Map.entry("EQ_dataProcessingMethod", ValueField.DATA_PROCESSING_METHOD),
      Map.entry("EQ_microorganism", ValueField.MICROORGANISM),
      Map.entry("EQ_chemicalSubstance", ValueField.CHEMICAL_SUBSTANCE), Map.entry("EQ_bizRules", ValueField.BIZ_RULES),
      Map.entry("EQ_uriValue", ValueField.URI_VALUE));
  private static final Map<String, ValueField> VOCABULARY_VALUES = Map.of(
      "EQ_bizStep", ValueField.BIZ_STEP, "EQ_disposition", ValueField.DISPOSITION,
      "EQ_persistentDisposition_set", ValueField.PERSISTENT_DISPOSITION_SET,
      "EQ_persistentDisposition_unset", ValueField.PERSISTENT_DISPOSITION_UNSET,
      "EQ_errorReason", ValueField.ERROR_REASON, "EQ_type", ValueField.SENSOR_TYPE);
  private static final Map<ValueField, Vocabulary> VOCABULARIES = Map.of(
      ValueField.BIZ_STEP, Vocabulary.BIZ_STEP, ValueField.DISPOSITION, Vocabulary.DISPOSITION,
      ValueField.PERSISTENT_DISPOSITION_SET, Vocabulary.DISPOSITION,
      ValueField.PERSISTENT_DISPOSITION_UNSET, Vocabulary.DISPOSITION, ValueField.ERROR_REASON, Vocabulary.ERROR_REASON,
      ValueField.SENSOR_TYPE, Vocabulary.MEASUREMENT_TYPE);

  private EventQueryParser() {}

  /** Parses with only the standard context's prefixes known for extension field names. */
  public static EventQuery parse(Map<String, List<String>> parameters) {
    return parse(parameters, Map.of());
  }

  /**
   * Parses the parameters.
   *
   * @param parameters name to the values received (each possibly pipe-delimited)
   * @param extensionPrefixes prefixes declared for extension field names (the GS1-Extensions header)
   * @throws QueryParameterException naming every unknown, malformed or conflicting parameter
   */
  public static EventQuery parse(Map<String, List<String>> parameters, Map<String, String> extensionPrefixes) {
    ParameterValues values = new ParameterValues();
    FamilyParameters families =
        new FamilyParameters(values, new DocumentNamespaces(List.of(), extensionPrefixes));
    List<QueryCondition> conditions = new ArrayList<>();
    Settings settings = new Settings();
    parameters.forEach((name, raw) -> {
      List<String> given = raw == null ? List.of() : raw;
      Optional<QueryCondition> condition = settings.accept(name, given, values)
          ? Optional.empty() : condition(name, given, values, families);
      condition.ifPresent(conditions::add);
    });
    settings.check(values, families);
    if (!values.problems().isEmpty()) {
      throw new QueryParameterException(values.problems());
    }
    return new EventQuery(conditions, settings.orderBy, settings.orderByExtension, settings.orderDirection, settings.eventCountLimit,
        settings.maxEventCount, settings.perPage, settings.nextPageToken);
  }

  private static Optional<QueryCondition> condition(String name, List<String> raw, ParameterValues values,
      FamilyParameters families) {
    if (name.equals("eventType")) {
      Set<String> types = new LinkedHashSet<>(values.list(name, raw));
      types.stream().filter(t -> EventType.fromStandardName(t).isEmpty() && !ParameterValues.isAbsoluteUri(t))
          .forEach(t -> values.problem(name, "'" + t + "' is neither an EPCIS event type nor an extension type URI"));
      return Optional.of(new QueryCondition.EventTypeIn(types));
    }
    if ((name.startsWith("GE_") || name.startsWith("LT_")) && TIMES.containsKey(name.substring(3))) {
      Instant time = values.time(name, raw);
      Comparison comparison = name.startsWith("GE_") ? Comparison.GE : Comparison.LT;
      return time == null ? Optional.empty()
          : Optional.of(new QueryCondition.TimeBound(TIMES.get(name.substring(3)), comparison, time));
    }
    if (name.equals("EQ_action")) {
      Set<String> actions = new LinkedHashSet<>();
      for (String action : values.list(name, raw)) {
        try {
          actions.add(Action.valueOf(action).name());
        } catch (IllegalArgumentException e) {
          values.problem(name, "'" + action + "' is not ADD, OBSERVE or DELETE");
        }
      }
      return Optional.of(new QueryCondition.ValueIn(ValueField.ACTION, actions));
    }
    if (VOCABULARY_VALUES.containsKey(name)) {
      ValueField field = VOCABULARY_VALUES.get(name);
      return Optional.of(new QueryCondition.ValueIn(field, values.vocabulary(name, raw, VOCABULARIES.get(field))));
    }
    if (URI_VALUES.containsKey(name)) {
      return Optional.of(new QueryCondition.ValueIn(URI_VALUES.get(name), values.uris(name, raw)));
    }
    if (name.equals("EQ_stringValue") || name.equals("EQ_hexBinaryValue")) {
      ValueField field = name.equals("EQ_stringValue") ? ValueField.STRING_VALUE : ValueField.HEX_BINARY_VALUE;
      return Optional.of(new QueryCondition.ValueIn(field, Set.copyOf(values.list(name, raw))));
    }
    if (name.equals("WD_readPoint") || name.equals("WD_bizLocation")) {
      ValueField field = name.equals("WD_readPoint") ? ValueField.READ_POINT : ValueField.BIZ_LOCATION;
      return Optional.of(new QueryCondition.WithDescendants(field, values.uris(name, raw)));
    }
    if (MATCHES.containsKey(name)) {
      return Optional.of(new QueryCondition.EpcMatch(MATCHES.get(name), values.uris(name, raw)));
    }
    if (name.equals("EXISTS_errorDeclaration") || name.equals("EXISTS_sensorElementList")) {
      Boolean flag = values.flag(name, raw);
      QueryCondition.Part part = name.equals("EXISTS_errorDeclaration")
          ? QueryCondition.Part.ERROR_DECLARATION : QueryCondition.Part.SENSOR_ELEMENT_LIST;
      // EXISTS_x=false means "regardless of x": no condition at all.
      return Boolean.TRUE.equals(flag) ? Optional.of(new QueryCondition.Exists(part)) : Optional.empty();
    }
    if (name.equals("EQ_booleanValue")) {
      Boolean flag = values.flag(name, raw);
      return flag == null ? Optional.empty() : Optional.of(new QueryCondition.BooleanValueIs(flag));
    }
    Optional<QueryCondition> number = numberCondition(name, raw, families);
    if (number.isPresent()) {
      return number;
    }
    Optional<QueryCondition> family = families.parse(name, raw);
    if (family.isEmpty()) {
      values.problem(name, "is not a query parameter of EPCIS 2.0");
    }
    // EXISTS_<field>=false means "regardless of the field", as for EXISTS_errorDeclaration.
    boolean regardless = raw.stream().map(String::strip).anyMatch(v -> v.equals("false") || v.equals("0"));
    if (family.orElse(null) instanceof QueryCondition.ExtensionField x && x.isExists() && regardless) {
      return Optional.empty();
    }
    return family;
  }

  private static Optional<QueryCondition> numberCondition(String name, List<String> raw, FamilyParameters families) {
    int underscore = name.indexOf('_');
    if (underscore < 0) {
      return Optional.empty();
    }
    String field = name.substring(underscore + 1);
    Comparison comparison;
    try {
      comparison = Comparison.valueOf(name.substring(0, underscore));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (field.equals("quantity")) {
      return Optional.of(families.numbers(name, raw, NumberField.QUANTITY, comparison, null));
    }
    if (field.equals("percRank") && comparison != Comparison.EQ) {
      return Optional.of(families.numbers(name, raw, NumberField.PERC_RANK, comparison, null));
    }
    return Optional.empty();
  }

  /** The parameters that shape the result rather than restrict it. */
  private static final class Settings {
    String orderBy;
    QualifiedName orderByExtension;
    EventQuery.OrderDirection orderDirection;
    Integer eventCountLimit;
    Integer maxEventCount;
    Integer perPage;
    String nextPageToken;

    boolean accept(String name, List<String> raw, ParameterValues values) {
      switch (name) {
        case "orderBy" -> {
          orderBy = values.single(name, raw);
          if (orderBy != null && !orderBy.equals("eventTime") && !orderBy.equals("recordTime")
              && !orderBy.contains(":")) {
            values.problem(name, "must be eventTime, recordTime or an extension field, was '" + orderBy + "'");
          }
        }
        case "orderDirection" -> {
          String direction = values.single(name, raw);
          if ("ASC".equals(direction) || "DESC".equals(direction)) {
            orderDirection = EventQuery.OrderDirection.valueOf(direction);
          } else if (direction != null) {
            values.problem(name, "must be ASC or DESC, was '" + direction + "'");
          }
        }
        case "eventCountLimit" -> eventCountLimit = values.positiveInteger(name, raw);
        case "maxEventCount" -> maxEventCount = values.positiveInteger(name, raw);
        case "perPage" -> perPage = values.positiveInteger(name, raw);
        case "nextPageToken" -> nextPageToken = values.single(name, raw);
        default -> {
          return false;
        }
      }
      return true;
    }

    void check(ParameterValues values, FamilyParameters families) {
      if (orderBy != null && orderBy.contains(":")) {
        orderByExtension = families.field("orderBy", orderBy);
      }
      if (eventCountLimit != null && maxEventCount != null) {
        values.problem("eventCountLimit", "eventCountLimit and maxEventCount are mutually exclusive");
      }
      if (eventCountLimit != null && orderBy == null) {
        values.problem("eventCountLimit", "eventCountLimit requires orderBy");
      }
    }
  }
}
