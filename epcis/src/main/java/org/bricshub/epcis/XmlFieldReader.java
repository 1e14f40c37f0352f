package org.bricshub.epcis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Reads typed values from XML text and attributes, recording each problem at its XML path. */
final class XmlFieldReader {
  private final List<Violation> violations = new ArrayList<>();

  void violation(String path, String rule) {
    violations.add(new Violation(path, rule));
  }

  List<Violation> violations() {
    return violations;
  }

  void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new EpcisValidationException(violations);
    }
  }

  OffsetDateTime time(String text, String path) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      violation(path, "must be an xsd:dateTime with offset, was '" + text + "'");
      return null;
    }
  }

  BigDecimal decimal(String text, String path) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      violation(path, "must be a number, was '" + text + "'");
      return null;
    }
  }

  Boolean bool(String text, String path) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    return switch (text.strip()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> {
        violation(path, "must be an xsd:boolean, was '" + text + "'");
        yield null;
      }
    };
  }

  /** An attribute's value, or null when absent. */
  static String attribute(Element element, String name) {
    return element.hasAttribute(name) ? element.getAttribute(name) : null;
  }

  /**
   * A vocabulary value written as a QName-like CURIE ({@code gs1:Temperature}): expanded through the in-scope
   * namespace when that makes it a standard value, then made compact; otherwise kept as written.
   */
  static String vocabulary(Vocabulary vocabulary, Element context, String value) {
    if (value == null) {
      return null;
    }
    int colon = value.indexOf(':');
    if (colon > 0 && !value.contains("//")) {
      String namespace = context.lookupNamespaceURI(value.substring(0, colon));
      if (namespace != null) {
        String compact = vocabulary.compact(namespace + value.substring(colon + 1));
        if (Vocabulary.isCompact(compact)) {
          return compact;
        }
      }
    }
    return vocabulary.compact(value);
  }
}
