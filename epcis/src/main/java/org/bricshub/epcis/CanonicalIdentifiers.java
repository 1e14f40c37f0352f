package org.bricshub.epcis;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.gs1.EpcUrn;

/**
 * Identifiers as the validator and the event hash see them (EPCIS 2.0 §7.3.3, GS1 TDS 2.x, GS1 Digital Link 1.4):
 * every identifier is an absolute URI; an EPC URN or a Digital Link on any domain has a canonical Digital Link on
 * {@code https://id.gs1.org}; EPC URNs of GS1 key schemes and Digital Links on {@code id.gs1.org} must be valid GS1
 * keys. Each identifier is worked out once through gs1 and kept in a bounded cache, since locations, parties and
 * classes recur from event to event.
 */
final class CanonicalIdentifiers {
  private static final Set<String> GS1_KEY_SCHEMES = Set.of("sgtin", "sscc", "sgln", "grai", "giai", "gsrn", "gsrnp",
      "gdti", "cpi", "sgcn", "ginc", "gsin", "itip", "upui", "pgln", "lgtin");
  private static final int CACHE_LIMIT = 50_000;
  private static final Map<String, Canonical> CACHE = new ConcurrentHashMap<>();

  /**
   * What became of one identifier.
   *
   * @param value the canonical Digital Link, or the identifier unchanged when it has none
   * @param problem the broken rule, or null when the identifier is acceptable
   */
  record Canonical(String value, String problem) {}

  private CanonicalIdentifiers() {}

  static Canonical of(String identifier) {
    Canonical known = CACHE.get(identifier);
    if (known != null) {
      return known;
    }
    Canonical canonical = work(identifier);
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(identifier, canonical);
    return canonical;
  }

  private static Canonical work(String identifier) {
    if (identifier.isBlank()) {
      return new Canonical(identifier, "an identifier must not be empty");
    }
    String uriProblem = uriProblem(identifier);
    try {
      if (EpcUrn.isEpcUrn(identifier)) {
        return new Canonical(EpcUrn.toDigitalLink(identifier), uriProblem);
      }
      if (identifier.startsWith("https://") || identifier.startsWith("http://")) {
        return new Canonical(DigitalLink.parse(identifier).toCanonicalUri(), uriProblem);
      }
    } catch (IllegalArgumentException e) {
      // Gs1Exception included: no Digital Link form. A fault only where the identifier claims to be a GS1 key.
      boolean claimsGs1Key = EpcUrn.isEpcUrn(identifier) ? GS1_KEY_SCHEMES.contains(scheme(identifier))
          : identifier.startsWith("https://id.gs1.org/");
      String problem = claimsGs1Key ? "'" + identifier + "' is not a valid GS1 identifier: " + e.getMessage()
          : uriProblem;
      return new Canonical(identifier, problem);
    }
    return new Canonical(identifier, uriProblem);
  }

  private static String uriProblem(String identifier) {
    try {
      return new URI(identifier).getScheme() == null ? "'" + identifier + "' is not an absolute URI" : null;
    } catch (URISyntaxException e) {
      return "'" + identifier + "' is not a URI: " + e.getReason();
    }
  }

  private static String scheme(String urn) {
    String[] parts = urn.toLowerCase(Locale.ROOT).split(":");
    return parts.length > 3 ? parts[3] : "";
  }
}
