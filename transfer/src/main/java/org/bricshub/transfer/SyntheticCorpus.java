package org.bricshub.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.bricshub.i18n.Language;

/**
 * A deterministic synthetic corpus at the marketplace's real scale: offers and demands spread over fields, countries
 * and languages, written with the terminology's terms, plus demand-offer pairs planted across languages that
 * matching must find. Texts are term salads, not prose: they measure the machinery, not linguistic quality.
 */
final class SyntheticCorpus {
    /** A demand and the offer planted to answer it, written in different languages. */
    record PlantedPair(long demandId, long offerId, Language demandLanguage, Language offerLanguage) {
    }

    /** The language pairs the corpus plants, demand language first. */
    static final List<Language[]> PAIRS = List.of(
            new Language[] {Language.ZH, Language.EN}, new Language[] {Language.EN, Language.ZH},
            new Language[] {Language.ZH, Language.PT}, new Language[] {Language.RU, Language.ZH},
            new Language[] {Language.AR, Language.EN}, new Language[] {Language.PT, Language.ES},
            new Language[] {Language.HI, Language.EN}, new Language[] {Language.SW, Language.FR},
            new Language[] {Language.KK, Language.RU}, new Language[] {Language.VI, Language.TH},
            new Language[] {Language.FA, Language.AR}, new Language[] {Language.AM, Language.EN},
            new Language[] {Language.ID, Language.MS}, new Language[] {Language.UZ, Language.ZH});
    private static final Map<Language, String[]> COUNTRIES = new EnumMap<>(Map.ofEntries(
            Map.entry(Language.ZH, new String[] {"CN"}), Map.entry(Language.EN, new String[] {"IN", "ZA", "NG", "GB"}),
            Map.entry(Language.PT, new String[] {"BR", "AO", "MZ"}), Map.entry(Language.RU, new String[] {"RU", "BY"}),
            Map.entry(Language.HI, new String[] {"IN"}), Map.entry(Language.AR, new String[] {"EG", "AE", "SA"}),
            Map.entry(Language.FA, new String[] {"IR"}), Map.entry(Language.AM, new String[] {"ET"}),
            Map.entry(Language.ID, new String[] {"ID"}), Map.entry(Language.ES, new String[] {"CU", "BO", "MX"}),
            Map.entry(Language.FR, new String[] {"DZ", "SN", "CI"}), Map.entry(Language.MS, new String[] {"MY"}),
            Map.entry(Language.TH, new String[] {"TH"}), Map.entry(Language.VI, new String[] {"VN"}),
            Map.entry(Language.KK, new String[] {"KZ"}), Map.entry(Language.UZ, new String[] {"UZ"}),
            Map.entry(Language.SW, new String[] {"TZ", "KE", "UG"})));
    /** Rough shares of the languages in which listings are written: Chinese first, then English. */
    private static final int[] LANGUAGE_WEIGHTS = {30, 20, 8, 8, 5, 4, 3, 2, 3, 3, 3, 2, 2, 2, 2, 1, 2};
    private static final Map<TechnologyField, String[]> IPC = new EnumMap<>(Map.ofEntries(
            Map.entry(TechnologyField.AGRICULTURE, new String[] {"A01B", "A01C", "A01G", "A01K", "A01N"}),
            Map.entry(TechnologyField.FOOD, new String[] {"A23B", "A23C", "A23F", "A23L", "B65D"}),
            Map.entry(TechnologyField.MEDICINE, new String[] {"A61B", "A61K", "A61P", "G16H"}),
            Map.entry(TechnologyField.BIOTECHNOLOGY, new String[] {"C12N", "C12Q", "C07K", "C12P"}),
            Map.entry(TechnologyField.ENERGY, new String[] {"H01M", "H02J", "H02S", "F03D", "H01L"}),
            Map.entry(TechnologyField.ENVIRONMENT, new String[] {"B01D", "B09B", "B09C", "F23J"}),
            Map.entry(TechnologyField.WATER, new String[] {"C02F", "E03B", "E03F", "B01D"}),
            Map.entry(TechnologyField.MATERIALS, new String[] {"C01B", "C04B", "C08L", "C22C", "C09D"}),
            Map.entry(TechnologyField.MANUFACTURING, new String[] {"B23K", "B25J", "B29C", "B33Y", "G05B"}),
            Map.entry(TechnologyField.ELECTRONICS, new String[] {"H01L", "H05K", "H01Q", "G01S", "G01N"}),
            Map.entry(TechnologyField.INFORMATION, new String[] {"G06F", "G06N", "G06Q", "H04L", "H04W"}),
            Map.entry(TechnologyField.TRANSPORT, new String[] {"B60L", "B60W", "B61D", "G08G", "B64C"}),
            Map.entry(TechnologyField.CONSTRUCTION, new String[] {"E04B", "E04G", "E01D", "C04B", "E21D"}),
            Map.entry(TechnologyField.CHEMISTRY, new String[] {"B01J", "C07C", "C09B", "C25B", "G01N"}),
            Map.entry(TechnologyField.MINING, new String[] {"B03D", "E21B", "E21C", "C22B"})));

    private final Terminology terminology;
    private final Random random;
    private final Instant now;

    SyntheticCorpus(Terminology terminology, long seed, Instant now) {
        this.terminology = terminology;
        this.random = new Random(seed);
        this.now = now;
    }

    /** The whole corpus: {@code offers} offers then {@code demands} demands, ids from 1; pairs are among them. */
    List<Listing> generate(int offers, int demands, int plantedPairs, List<PlantedPair> pairsOut) {
        if (plantedPairs > Math.min(offers, demands)) {
            throw new IllegalArgumentException("more planted pairs than offers or demands");
        }
        List<Listing> listings = new ArrayList<>(offers + demands);
        for (int i = 0; i < offers - plantedPairs; i++) {
            listings.add(random(listings.size() + 1, ListingType.OFFER, language()));
        }
        for (int i = 0; i < demands - plantedPairs; i++) {
            listings.add(random(listings.size() + 1, ListingType.DEMAND, language()));
        }
        for (int i = 0; i < plantedPairs; i++) {
            Language[] pair = PAIRS.get(i % PAIRS.size());
            TechnologyField field = field();
            List<Terminology.Concept> concepts = concepts(field);
            List<String> ipc = ipc(field);
            Listing demand = listing(listings.size() + 1, ListingType.DEMAND, pair[0], field, concepts, ipc);
            listings.add(demand);
            List<Terminology.Concept> answer = new ArrayList<>(concepts);
            // The answer words one of the field's concepts differently: it shares three concepts out of four.
            answer.set(random.nextInt(3), pick(terminology.ofField(field)));
            Listing offer = listing(listings.size() + 1, ListingType.OFFER, pair[1], field, answer, ipc);
            listings.add(offer);
            pairsOut.add(new PlantedPair(demand.id(), offer.id(), pair[0], pair[1]));
        }
        return listings;
    }

    private Listing random(long id, ListingType type, Language lang) {
        TechnologyField field = field();
        return listing(id, type, lang, field, concepts(field), ipc(field));
    }

    private List<String> ipc(TechnologyField field) {
        return List.of(pick(IPC.get(field)) + " " + (1 + random.nextInt(99)) + "/" + (random.nextInt(50) * 2));
    }

    private Listing listing(long id, ListingType type, Language lang, TechnologyField field,
                            List<Terminology.Concept> concepts, List<String> ipc) {
        String title = concepts.get(0).term(lang) + " " + concepts.get(1).term(lang);
        StringBuilder summary = new StringBuilder();
        for (Terminology.Concept c : concepts) {
            summary.append(c.term(lang)).append(" ").append(model()).append(". ");
        }
        ListingText text = new ListingText(title, summary.toString(), "", "", "", "", List.of());
        String[] countries = COUNTRIES.get(lang);
        ListingInput facts = new ListingInput(type, lang, 1 + random.nextInt(9), field, ipc,
                List.of(pick(DealType.values())), List.of(), "", "", pick(countries), "Institute " + random.nextInt(5000),
                text);
        return new Listing(id, 1 + random.nextInt(2000), ListingStatus.PUBLISHED, facts, Map.of(lang, text), Map.of(),
                "", now,
                now, Optional.of(now.minusSeconds(random.nextInt(30_000_000))), Optional.empty(), id);
    }

    /** Four distinct concepts: three of the field, one of any field. */
    private List<Terminology.Concept> concepts(TechnologyField field) {
        List<Terminology.Concept> ofField = terminology.ofField(field);
        Set<Terminology.Concept> chosen = new LinkedHashSet<>();
        while (chosen.size() < 3) {
            chosen.add(pick(ofField));
        }
        while (chosen.size() < 4) {
            chosen.add(pick(terminology.concepts()));
        }
        return new ArrayList<>(chosen);
    }

    private String model() {
        return "XK-" + random.nextInt(100_000);
    }

    private Language language() {
        int total = 0;
        for (int w : LANGUAGE_WEIGHTS) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < LANGUAGE_WEIGHTS.length; i++) {
            r -= LANGUAGE_WEIGHTS[i];
            if (r < 0) {
                return Language.values()[i];
            }
        }
        throw new IllegalStateException("weights");
    }

    private TechnologyField field() {
        return pick(TechnologyField.values());
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
