package org.bricshub.epcis.query;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the parameters of a SimpleMasterDataQuery (EPCIS 1.2 §8.2.7.2) into a {@link MasterDataQuery}: the REST
 * form of the standard's query, values repeated or pipe-delimited as for events. {@code includeAttributes} and
 * {@code includeChildren} are required, as the standard's table says. {@code EQ_ATTR_attr} is the EPCIS 2.0 spelling
 * of the family; the 1.2 spelling {@code EQATTR_attr} is read too. Every unknown or malformed parameter is reported
 * in one {@link QueryParameterException}. Stateless.
 */
public final class MasterDataQueryParser {
  private static final Pattern ATTRIBUTE = Pattern.compile("EQ_?ATTR_(.+)");

  private MasterDataQueryParser() {}

  /**
   * Parses the parameters.
   *
   * @param parameters name to the values received (each possibly pipe-delimited)
   * @throws QueryParameterException naming every unknown, malformed or missing parameter
   */
  public static MasterDataQuery parse(Map<String, List<String>> parameters) {
    ParameterValues values = new ParameterValues();
    Set<String> vocabularies = Set.of();
    Set<String> attributeNames = Set.of();
    Set<String> names = Set.of();
    Set<String> withDescendants = Set.of();
    Set<String> hasAttributes = Set.of();
    Map<String, List<String>> attributeValues = new LinkedHashMap<>();
    Boolean includeAttributes = null;
    Boolean includeChildren = null;
    Integer maxElementCount = null;
    Integer perPage = null;
    String token = null;
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      List<String> raw = parameter.getValue() == null ? List.of() : parameter.getValue();
      Matcher attribute = ATTRIBUTE.matcher(name);
      switch (name) {
        case "vocabularyName" -> vocabularies = values.uris(name, raw);
        case "includeAttributes" -> includeAttributes = bool(values, name, raw);
        case "includeChildren" -> includeChildren = bool(values, name, raw);
        case "attributeNames" -> attributeNames = new LinkedHashSet<>(values.list(name, raw));
        case "EQ_name" -> names = values.uris(name, raw);
        case "WD_name" -> withDescendants = values.uris(name, raw);
        case "HASATTR" -> hasAttributes = new LinkedHashSet<>(values.list(name, raw));
        case "maxElementCount" -> maxElementCount = values.positiveInteger(name, raw);
        case "perPage" -> perPage = values.positiveInteger(name, raw);
        case "nextPageToken" -> token = values.single(name, raw);
        default -> {
          if (attribute.matches()) {
            attributeValues.merge(attribute.group(1), values.list(name, raw), (a, b) -> {
              List<String> both = new java.util.ArrayList<>(a);
              both.addAll(b);
              return both;
            });
          } else {
            values.problem(name, "is not a parameter of SimpleMasterDataQuery");
          }
        }
      }
    }
    if (includeAttributes == null && !parameters.containsKey("includeAttributes")) {
      values.problem("includeAttributes", "is required (true or false)");
    }
    if (includeChildren == null && !parameters.containsKey("includeChildren")) {
      values.problem("includeChildren", "is required (true or false)");
    }
    if (!values.problems().isEmpty()) {
      throw new QueryParameterException(values.problems());
    }
    return new MasterDataQuery(vocabularies, includeAttributes, includeChildren, attributeNames, names,
        withDescendants, hasAttributes, attributeValues, maxElementCount, perPage, token);
  }

  /** Exactly {@code true} or {@code false}: a required flag has no default to fall back on. */
  private static Boolean bool(ParameterValues values, String name, List<String> raw) {
    String value = values.single(name, raw);
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.valueOf(value);
    }
    if (value != null) {
      values.problem(name, "must be true or false, was '" + value + "'");
    }
    return null;
  }
}
