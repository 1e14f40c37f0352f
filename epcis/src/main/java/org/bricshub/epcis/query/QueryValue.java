package org.bricshub.epcis.query;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value compared with an extension field or master-data attribute, typed as the REST binding allows: a number, a
 * date-time, or a string (EPCIS 2.0 query schema {@code string-array-or-date-string-or-number}).
 */
public sealed interface QueryValue {
  /** A JSON number's or xsd:decimal/xsd:double's lexical form. */
  Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  /** A query value as the REST binding types it: a number if it reads as one, else a date-time with offset, else text. */
  static QueryValue of(String value) {
    if (isNumber(value)) {
      return new Number(new BigDecimal(value));
    }
    try {
      return new Time(OffsetDateTime.parse(value));
    } catch (DateTimeParseException e) {
      return new Text(value);
    }
  }

  /** Whether the text is a number's lexical form. */
  static boolean isNumber(String value) {
    return NUMBER.matcher(value).matches();
  }

  /** A string value. */
  record Text(String text) implements QueryValue {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A numeric value. */
  record Number(BigDecimal number) implements QueryValue {
    public Number {
      Objects.requireNonNull(number, "number");
    }
  }

  /** A date-time value, with its offset. */
  record Time(OffsetDateTime time) implements QueryValue {
    public Time {
      Objects.requireNonNull(time, "time");
    }
  }
}
