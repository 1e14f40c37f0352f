package org.bricshub.epcis;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.gs1.EpcUrn;

/**
 * Identifier syntax (EPCIS 2.0 §7.3.3, GS1 TDS 2.x, GS1 Digital Link 1.4): every identifier is an absolute URI; EPC
 * URNs of GS1 key schemes and Digital Links on {@code id.gs1.org} must be valid GS1 keys (checked through gs1).
 */
final class IdentifierRules {
  private static final Set<String> GS1_KEY_SCHEMES = Set.of("sgtin", "sscc", "sgln", "grai", "giai", "gsrn", "gsrnp",
      "gdti", "cpi", "sgcn", "ginc", "gsin", "itip", "upui", "pgln", "lgtin");

  private IdentifierRules() {}

  /** The broken rule, or null when the identifier is acceptable. */
  static String problem(String identifier) {
    if (identifier == null || identifier.isBlank()) {
      return "an identifier must not be empty";
    }
    try {
      URI uri = new URI(identifier);
      if (uri.getScheme() == null) {
        return "'" + identifier + "' is not an absolute URI";
      }
    } catch (URISyntaxException e) {
      return "'" + identifier + "' is not a URI: " + e.getReason();
    }
    try {
      if (EpcUrn.isEpcUrn(identifier) && GS1_KEY_SCHEMES.contains(scheme(identifier))) {
        EpcUrn.toDigitalLink(identifier);
      } else if (identifier.startsWith("https://id.gs1.org/")) {
        DigitalLink.parse(identifier);
      }
    } catch (IllegalArgumentException e) {
      return "'" + identifier + "' is not a valid GS1 identifier: " + e.getMessage();
    }
    return null;
  }

  private static String scheme(String urn) {
    String[] parts = urn.toLowerCase(Locale.ROOT).split(":");
    return parts.length > 3 ? parts[3] : "";
  }
}
