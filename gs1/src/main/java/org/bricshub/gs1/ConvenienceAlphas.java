package org.bricshub.gs1;

import java.util.Map;

/**
 * The "convenience alphas" of GS1 Digital Link 1.0-1.2 ({@code /gtin/...}, {@code /lot/...}, {@code ?exp=}),
 * short names that older links and tools still write for numeric AIs. Decoders accept them; this module
 * writes only numeric AIs (GS1 DL URI Syntax 1.4).
 */
final class ConvenienceAlphas {

    private static final Map<String, String> AIS = Map.ofEntries(
            Map.entry("gtin", "01"), Map.entry("itip", "8006"), Map.entry("gmn", "8013"), Map.entry("cpid", "8010"),
            Map.entry("gln", "414"), Map.entry("party", "417"), Map.entry("gsrnp", "8017"), Map.entry("gsrn", "8018"),
            Map.entry("gcn", "255"), Map.entry("sscc", "00"), Map.entry("gdti", "253"), Map.entry("ginc", "401"),
            Map.entry("gsin", "402"), Map.entry("grai", "8003"), Map.entry("giai", "8004"), Map.entry("cpv", "22"),
            Map.entry("lot", "10"), Map.entry("ser", "21"), Map.entry("cpsn", "8011"), Map.entry("glnx", "254"),
            Map.entry("refno", "8020"), Map.entry("srin", "8019"), Map.entry("exp", "17"), Map.entry("expdt", "7003"));

    private ConvenienceAlphas() {
    }

    /** The numeric AI for a convenience alpha (case-sensitive, as the DL 1.2 grammar has them), else the input. */
    static String numeric(String segment) {
        return AIS.getOrDefault(segment, segment);
    }
}
