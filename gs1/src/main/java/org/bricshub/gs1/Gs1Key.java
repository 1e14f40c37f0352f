package org.bricshub.gs1;

/**
 * A GS1 identification key that can be the primary key of a GS1 Digital Link. Every implementation validates
 * its value in the constructor against the format of its AI, check digit included.
 */
public sealed interface Gs1Key permits Gtin, Sscc, Gln, Grai, Giai, Gsrn, Gdti, Gsin, Ginc, Cpid, Gcn, Gmn, Itip {

    /** The key's value. */
    String value();

    /** The AI that carries this key as a Digital Link primary key. */
    String ai();

    /** The key as a GS1 element. */
    default AiElement element() {
        return new AiElement(ai(), value());
    }

    /**
     * The key of a GS1 element whose AI is a key AI: 00, 01, 253, 255, 401, 402, 410-417 (GLN), 8003, 8004,
     * 8006, 8010, 8013, 8017, 8018.
     *
     * @throws Gs1Exception (PATH_STRUCTURE) for another AI, or the broken rule of the value
     */
    static Gs1Key of(AiElement e) {
        String v = e.value();
        return switch (e.ai()) {
            case "00" -> new Sscc(v);
            case "01" -> new Gtin(v);
            case "253" -> new Gdti(v);
            case "255" -> new Gcn(v);
            case "401" -> new Ginc(v);
            case "402" -> new Gsin(v);
            case "410", "411", "412", "413", "414", "415", "416", "417" -> new Gln(v);
            case "8003" -> new Grai(v);
            case "8004" -> new Giai(v);
            case "8006" -> new Itip(v);
            case "8010" -> new Cpid(v);
            case "8013" -> new Gmn(v);
            case "8017", "8018" -> new Gsrn(v);
            default -> throw new Gs1Exception(Gs1Exception.Rule.PATH_STRUCTURE, e.ai(), "not a GS1 identification key");
        };
    }
}
