package org.bricshub.epcis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The canonical forms of values in the CBV 2.0 event hash pre-hash string (CBV 2.0 §8.9): identifiers as canonical
 * Digital Links on {@code https://id.gs1.org}, CBV values as web URIs, times in UTC with exactly three decimals,
 * numbers without superfluous zeros.
 */
final class HashValues {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern CBV_URN = Pattern.compile("urn:epcglobal:cbv:(bizstep|disp|btt|sdt|er):(.+)");
  private static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private HashValues() {}

  /** UTC, rounded half-up to the millisecond. */
  static String time(OffsetDateTime time) {
    Instant rounded = time.toInstant().plusNanos(500_000).truncatedTo(ChronoUnit.MILLIS);
    return UTC_MILLIS.format(rounded);
  }

  static String number(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  /** A value of a standard vocabulary, expanded to its web URI, then canonicalised like any value. */
  static String vocabulary(Vocabulary vocabulary, String value) {
    return value(vocabulary.webUri(value));
  }

  /** Any other value: CBV URNs to web URIs, numbers trimmed, GS1 identifiers to canonical Digital Links. */
  static String value(String raw) {
    String value = raw.strip();
    var cbv = CBV_URN.matcher(value);
    if (cbv.matches()) {
      return Vocabulary.valueOf(vocabularyName(cbv.group(1))).webUri(value);
    }
    if (NUMBER.matcher(value).matches()) {
      return number(new BigDecimal(value));
    }
    return identifier(value);
  }

  /** A time-valued extension written as text: normalised when it parses as a date-time. */
  static String timeText(String raw) {
    try {
      return time(OffsetDateTime.parse(raw.strip()));
    } catch (DateTimeParseException e) {
      return value(raw);
    }
  }

  /** An EPC URN or a Digital Link on any domain as the canonical Digital Link; anything else unchanged. */
  static String identifier(String value) {
    return CanonicalIdentifiers.of(value).value();
  }

  private static String vocabularyName(String urnKind) {
    return switch (urnKind) {
      case "bizstep" -> "BIZ_STEP";
      case "disp" -> "DISPOSITION";
      case "btt" -> "BIZ_TRANSACTION_TYPE";
      case "sdt" -> "SOURCE_DESTINATION_TYPE";
      default -> "ERROR_REASON";
    };
  }
}
