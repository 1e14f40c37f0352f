package org.bricshub.epcis.query;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bricshub.epcis.Vocabulary;

/**
 * Converts raw query parameter values (repeated and/or pipe-delimited, REST binding {@code style: pipeDelimited}),
 * recording a problem naming the parameter for each bad one.
 */
final class ParameterValues {
  /** A JSON number's (and xsd:decimal's, xsd:double's) lexical form. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private final List<QueryParameterException.Problem> problems = new ArrayList<>();

  void problem(String parameter, String rule) {
    problems.add(new QueryParameterException.Problem(parameter, rule));
  }

  List<QueryParameterException.Problem> problems() {
    return problems;
  }

  /** Every value: occurrences split at '|', blanks dropped; a problem when there is none. */
  List<String> list(String parameter, List<String> raw) {
    List<String> values = new ArrayList<>();
    for (String occurrence : raw) {
      for (String value : occurrence.split("\\|")) {
        if (!value.isBlank()) {
          values.add(value.strip());
        }
      }
    }
    if (values.isEmpty()) {
      problem(parameter, "needs at least one value");
    }
    return values;
  }

  /** Exactly one value. */
  String single(String parameter, List<String> raw) {
    List<String> values = list(parameter, raw);
    if (values.size() > 1) {
      problem(parameter, "takes a single value, got " + values.size());
    }
    return values.isEmpty() ? null : values.getFirst();
  }

  Instant time(String parameter, List<String> raw) {
    String value = single(parameter, raw);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      problem(parameter, "must be a date-time with offset (RFC 3339), was '" + value + "'");
      return null;
    }
  }

  List<BigDecimal> numbers(String parameter, List<String> values) {
    List<BigDecimal> numbers = new ArrayList<>();
    for (String value : values) {
      if (isNumber(value)) {
        numbers.add(new BigDecimal(value));
      } else {
        problem(parameter, "must be a number, was '" + value + "'");
      }
    }
    return numbers;
  }

  Integer positiveInteger(String parameter, List<String> raw) {
    String value = single(parameter, raw);
    if (value == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(value);
      if (number < 1) {
        problem(parameter, "must be a positive integer, was " + number);
        return null;
      }
      return number;
    } catch (NumberFormatException e) {
      problem(parameter, "must be a positive integer, was '" + value + "'");
      return null;
    }
  }

  /** EXISTS_ and EQ_booleanValue flags: empty or true/1 is true, false/0 is false. */
  Boolean flag(String parameter, List<String> raw) {
    String value = raw.stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst().orElse("true");
    return switch (value) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> {
        problem(parameter, "must be true or false, was '" + value + "'");
        yield null;
      }
    };
  }

  Set<String> uris(String parameter, List<String> raw) {
    Set<String> values = new LinkedHashSet<>();
    for (String value : list(parameter, raw)) {
      if (isAbsoluteUri(value)) {
        values.add(value);
      } else {
        problem(parameter, "'" + value + "' is not an absolute URI");
      }
    }
    return values;
  }

  /** Vocabulary values: standard bare words (held compact) or URIs/CURIEs of one's own. */
  Set<String> vocabulary(String parameter, List<String> raw, Vocabulary vocabulary) {
    Set<String> values = new LinkedHashSet<>();
    for (String value : list(parameter, raw)) {
      String compact = vocabulary.compact(value);
      if (Vocabulary.isCompact(compact) && !vocabulary.isStandardValue(compact)) {
        problem(parameter, "'" + value + "' is not a standard value; custom values are URIs or CURIEs");
      } else if (!Vocabulary.isCompact(compact) && !isAbsoluteUri(compact)) {
        problem(parameter, "'" + value + "' is not a URI");
      } else {
        values.add(compact);
      }
    }
    return values;
  }

  /** Whether the text is a number's lexical form. */
  static boolean isNumber(String value) {
    return NUMBER.matcher(value).matches();
  }

  static boolean isAbsoluteUri(String value) {
    try {
      return new URI(value).getScheme() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
