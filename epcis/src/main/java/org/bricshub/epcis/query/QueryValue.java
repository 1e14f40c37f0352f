package org.bricshub.epcis.query;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A value compared with an extension field or master-data attribute, typed as the REST binding allows: a number, a
 * date-time, or a string (EPCIS 2.0 query schema {@code string-array-or-date-string-or-number}).
 */
public sealed interface QueryValue {
  /**
   * A query value as the REST binding types it: a number if it reads as one, else a date-time with offset, else
   * text.
   */
  static QueryValue of(String value) {
    if (ParameterValues.isNumber(value)) {
      return new Number(new BigDecimal(value));
    }
    try {
      return new Time(OffsetDateTime.parse(value));
    } catch (DateTimeParseException e) {
      return new Text(value);
    }
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
