package org.bricshub.epcis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The canonical event hash ID of CBV 2.0 §8.9 ({@code ni:///sha-256;<hex>?ver=CBV2.0}, RFC 6920 naming): the SHA-256
 * of the event's pre-hash string. It is a property of the event, not of its serialisation: the JSON-LD and the XML
 * form of one event give the same ID, and {@code eventID}, {@code recordTime} and {@code errorDeclaration} do not
 * take part. Thread-safe.
 */
public final class EventHashId {
  private static final String PREFIX = "ni:///sha-256;";
  private static final String SUFFIX = "?ver=CBV2.0";

  private EventHashId() {}

  /** The hash ID of the event. */
  public static String of(EpcisEvent event) {
    return of(event, Set.of());
  }

  /** The hash ID of the event, leaving out the named repository-specific extension fields wherever they occur. */
  public static String of(EpcisEvent event, Set<QualifiedName> ignoredExtensions) {
    return PREFIX + HexFormat.of().formatHex(sha256(preHashString(event, ignoredExtensions))) + SUFFIX;
  }

  /**
   * The hash IDs of a document's events, in order, honouring an {@code ignoreFields} member of the document or of
   * its {@code queryResults} (a list of extension names a repository added and the hash must not cover).
   */
  public static List<String> ofDocument(EpcisDocument document) {
    Set<QualifiedName> ignored = IgnoredFields.of(document);
    return document.events().stream().map(event -> of(event, ignored)).toList();
  }

  /** The canonical pre-hash string of the event (CBV 2.0 §8.9.2), for audit and debugging. */
  public static String preHashString(EpcisEvent event) {
    return preHashString(event, Set.of());
  }

  /** The pre-hash string leaving out the named extension fields. */
  public static String preHashString(EpcisEvent event, Set<QualifiedName> ignoredExtensions) {
    return PreHashString.of(event, ignoredExtensions);
  }

  /** The pre-hash strings of a document's events, honouring its {@code ignoreFields}. */
  public static List<String> preHashStrings(EpcisDocument document) {
    Set<QualifiedName> ignored = IgnoredFields.of(document);
    return document.events().stream().map(event -> preHashString(event, ignored)).toList();
  }

  /** Whether a string has the form of a CBV 2.0 SHA-256 event hash ID. */
  public static boolean isHashId(String value) {
    return value != null && value.matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
