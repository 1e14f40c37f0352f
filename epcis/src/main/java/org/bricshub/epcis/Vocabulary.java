package org.bricshub.epcis;

/**
 * The standard vocabularies whose values EPCIS 2.0 JSON-LD writes compact (CBV 2.0 §7, GS1 Web Vocabulary), and the
 * three ways the same value is written: compact ({@code shipping}), XML URN
 * ({@code urn:epcglobal:cbv:bizstep:shipping}), web URI ({@code https://ref.gs1.org/cbv/BizStep-shipping}), plus
 * the CURIE {@code cbv:BizStep-shipping} / {@code gs1:Temperature}. The event model holds the compact form.
 */
public enum Vocabulary {
  BIZ_STEP("urn:epcglobal:cbv:bizstep:", Constants.CBV + "BizStep-"),
  DISPOSITION("urn:epcglobal:cbv:disp:", Constants.CBV + "Disp-"),
  BIZ_TRANSACTION_TYPE("urn:epcglobal:cbv:btt:", Constants.CBV + "BTT-"),
  SOURCE_DESTINATION_TYPE("urn:epcglobal:cbv:sdt:", Constants.CBV + "SDT-"),
  ERROR_REASON("urn:epcglobal:cbv:er:", Constants.CBV + "ER-"),
  COMPONENT(null, Constants.CBV + "Comp-"),
  MEASUREMENT_TYPE(null, Constants.GS1_VOC),
  SENSOR_ALERT_TYPE(null, Constants.GS1_VOC);


  private final String urnPrefix;
  private final String webPrefix;

  Vocabulary(String urnPrefix, String webPrefix) {
    this.urnPrefix = urnPrefix;
    this.webPrefix = webPrefix;
  }

  /** The compact form of a value written in any of the standard forms; other URIs are returned unchanged. */
  public String compact(String value) {
    if (value == null) {
      return null;
    }
    if (urnPrefix != null && value.startsWith(urnPrefix)) {
      return value.substring(urnPrefix.length());
    }
    if (value.startsWith(webPrefix)) {
      return value.substring(webPrefix.length());
    }
    String curie = curiePrefix();
    if (value.startsWith(curie) && value.length() > curie.length()) {
      return value.substring(curie.length());
    }
    return value;
  }

  /** The full web URI of a value: compact values and the {@code cbv:}/{@code gs1:} CURIEs expanded. */
  public String webUri(String value) {
    String compact = compact(value);
    if (isCompact(compact)) {
      return webPrefix + compact;
    }
    if (compact.startsWith("cbv:")) {
      return Constants.CBV + compact.substring(4);
    }
    if (compact.startsWith("gs1:")) {
      return Constants.GS1_VOC + compact.substring(4);
    }
    return compact;
  }

  /** The form the EPCIS 2.0 XML binding writes: the CBV URN where one exists, otherwise the web URI. */
  public String xmlForm(String value) {
    String compact = compact(value);
    if (isCompact(compact)) {
      return urnPrefix != null ? urnPrefix + compact : webPrefix + compact;
    }
    return compact;
  }

  /** Whether a compact value is one the standard defines (per the GS1 EPCIS 2.0 JSON schema). */
  public boolean isStandardValue(String value) {
    return StandardVocabularyValues.of(this).contains(compact(value));
  }

  /** The compact values the standard defines, e.g. {@code shipping}, {@code receiving}, ... for BIZ_STEP. */
  public java.util.Set<String> standardValues() {
    return StandardVocabularyValues.of(this);
  }

  /** Whether a value is a bare term (no scheme or prefix), i.e. a value of the standard vocabulary. */
  public static boolean isCompact(String value) {
    return value != null && !value.isEmpty() && value.indexOf(':') < 0;
  }

  private String curiePrefix() {
    return webPrefix.startsWith(Constants.CBV) ? "cbv:" + webPrefix.substring(Constants.CBV.length()) : "gs1:";
  }

  private static final class Constants {
    static final String CBV = "https://ref.gs1.org/cbv/";
    static final String GS1_VOC = "https://gs1.org/voc/";
  }
}
