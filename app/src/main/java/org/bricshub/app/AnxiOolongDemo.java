package org.bricshub.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.bricshub.capture.Delegations;
import org.bricshub.capture.EventRepository;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EventHashId;
import org.bricshub.gs1.Gln;
import org.bricshub.i18n.Language;
import org.bricshub.platform.access.Administration;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.Organisation;
import org.bricshub.platform.problem.NotFoundException;
import org.bricshub.trace.DuplicateException;
import org.bricshub.trace.Gs1Input;
import org.bricshub.trace.LocalisedText;
import org.bricshub.trace.NetContent;
import org.bricshub.trace.NewBatch;
import org.bricshub.trace.NewLocation;
import org.bricshub.trace.NewProduct;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.SerialFormat;

/**
 * Seeds the whole journey of a tin of Anxi oolong, from the tea garden to shops in São Paulo and Johannesburg:
 * the {@link AnxiOolongParties organisations and places}, the products, a lot of twelve serialised tins, capture
 * delegations from the brand owner to everyone who handles its goods, and the EPCIS documents under
 * {@code demo/anxi-oolong/}, each captured by its party through the real repository (so every event is in the
 * verifiable log). Idempotent: a journey already complete is left alone; an interrupted one is completed.
 */
final class AnxiOolongDemo {
    static final String TIN_GTIN = "06999991000011";
    static final String LOT = "AX2405";
    static final List<String> SERIALS = IntStream.rangeClosed(1001, 1012).mapToObj(Integer::toString).toList();
    /** The tin whose journey the demo prints: packed, flown to São Paulo and sold there. */
    static final String SHOWN_SERIAL = "1001";

    /** One EPCIS document of the journey and the party that captures it. */
    record Step(String resource, String party) {
    }

    static final List<Step> STEPS = List.of(new Step("01-harvest", AnxiOolongParties.PRODUCER),
            new Step("02-processing", "plant"), new Step("03-packing", "plant"), new Step("04-certification", "lab"),
            new Step("05-export", "exporter"), new Step("06-customs-clearance", "customs"),
            new Step("07-air-freight", "air"), new Step("08-sea-freight", "sea"),
            new Step("09-importer-brazil", "importerBR"), new Step("10-importer-south-africa", "importerZA"),
            new Step("11-retail-sao-paulo", "retailBR"), new Step("12-retail-johannesburg", "retailZA"));

    /** What a load did: the journey to open, and how many of the journey's events this load captured. */
    record Loaded(URI journey, int captured, int total) {
    }

    record Document(Step step, byte[] bytes, EpcisDocument parsed, List<String> hashIds) {
    }

    private final Administration admin;
    private final Authenticator keys;
    private final ProductCodes codes;
    private final Delegations delegations;
    private final EventRepository events;
    private final URI publicUrl;

    AnxiOolongDemo(Administration admin, Authenticator keys, ProductCodes codes, Delegations delegations,
                   EventRepository events, URI publicUrl) {
        this.admin = admin;
        this.keys = keys;
        this.codes = codes;
        this.delegations = delegations;
        this.events = events;
        this.publicUrl = publicUrl;
    }

    /** The public Digital Link of the tin the demo shows. */
    URI journeyUrl() {
        return URI.create(publicUrl.toString().replaceAll("/+$", "") + "/01/" + TIN_GTIN + "/10/" + LOT + "/21/"
                + SHOWN_SERIAL);
    }

    Loaded load(String operatorSecret) {
        Principal operator = keys.authenticate("Bearer " + operatorSecret);
        List<Document> documents = documents();
        int total = documents.stream().mapToInt(d -> d.hashIds().size()).sum();
        if (complete(operator, documents)) {
            return new Loaded(journeyUrl(), 0, total);
        }
        Map<String, Principal> parties = parties(operator);
        Principal producer = parties.get(AnxiOolongParties.PRODUCER);
        products(producer);
        ignoreDuplicate(() -> codes.issueBatch(producer, TIN_GTIN, new NewBatch(LOT, SERIALS.size(),
                Optional.of("280501"), Optional.of("260502"), SerialFormat.DIGITS, SERIALS)));
        String prefix = AnxiOolongParties.ALL.getFirst().prefix();
        parties.forEach((key, party) -> {
            if (!key.equals(AnxiOolongParties.PRODUCER)) {
                delegations.delegate(operator, prefix, party.orgId());
            }
        });
        int captured = 0;
        for (Document d : documents) {
            captured += events.capture(parties.get(d.step().party()), d.parsed().events(), d.hashIds(),
                    "application/ld+json", d.bytes(), true).eventCount();
        }
        return new Loaded(journeyUrl(), captured, total);
    }

    /** Whether every event and the lot are already there: then a load changes nothing, not even API keys. */
    private boolean complete(Principal operator, List<Document> documents) {
        try {
            codes.batch(TIN_GTIN, LOT);
        } catch (NotFoundException e) {
            return false;
        }
        return documents.stream().flatMap(d -> d.hashIds().stream())
                .allMatch(id -> events.eventJson(operator, id).isPresent());
    }

    /** Each organisation (found by name, else created), an admin key of it, and its places. */
    private Map<String, Principal> parties(Principal operator) {
        Map<String, Organisation> existing = new HashMap<>();
        admin.listOrganisations(operator).forEach(o -> existing.put(o.name(), o));
        Map<String, Principal> parties = new HashMap<>();
        for (AnxiOolongParties.Party p : AnxiOolongParties.ALL) {
            Organisation org = Optional.ofNullable(existing.get(p.name())).orElseGet(() -> admin.createOrganisation(
                    operator, new NewOrganisation(p.name(), p.country(), p.kind(), List.of(p.prefix()))));
            Principal key = keys.authenticate("Bearer " + admin.issueKey(operator, org.id(), Role.ADMIN, null).secret());
            for (AnxiOolongParties.Place place : p.places()) {
                ignoreDuplicate(() -> codes.createLocation(key, new NewLocation(new Gln(place.gln()),
                        LocalisedText.parse("name", place.names(), 200), place.country(),
                        Map.of("addressLocality", place.city()), Optional.of(place.lat()), Optional.of(place.lon()))));
            }
            parties.put(p.key(), key);
        }
        return parties;
    }

    private void products(Principal producer) {
        product(producer, TIN_GTIN, Map.of(
                "zh", "安溪铁观音乌龙茶（250克罐装）", "en", "Anxi Tieguanyin oolong tea, 250 g tin",
                "pt", "Chá oolong Tieguanyin de Anxi, lata de 250 g", "ru", "Улун Тегуаньинь из Аньси, банка 250 г",
                "ar", "شاي أولونغ تيغوانيين من آنشي، علبة 250 غ", "fr", "Thé oolong Tieguanyin d’Anxi, boîte de 250 g",
                "es", "Té oolong Tieguanyin de Anxi, lata de 250 g", "hi", "आनशी तिएगुआनयिन ऊलोंग चाय, 250 ग्राम डिब्बा",
                "sw", "Chai ya oolong ya Tieguanyin kutoka Anxi, kopo la gramu 250"),
                Optional.of(new NetContent(new BigDecimal("250"), "GRM")));
        product(producer, "06999991000028", Map.of("zh", "铁观音鲜叶", "en", "Fresh Tieguanyin tea leaves",
                "pt", "Folhas frescas de chá Tieguanyin"), Optional.empty());
        product(producer, "06999991000035", Map.of("zh", "铁观音毛茶", "en", "Processed Tieguanyin oolong (bulk)",
                "pt", "Chá oolong Tieguanyin processado (a granel)"), Optional.empty());
    }

    private void product(Principal producer, String gtin, Map<String, String> names, Optional<NetContent> net) {
        ignoreDuplicate(() -> codes.createProduct(producer, new NewProduct(Gs1Input.gtin("gtin", gtin),
                LocalisedText.parse("name", names, 200), new LocalisedText(Map.of()), Optional.of("安溪铁观音 Anxi Tieguanyin"),
                Optional.empty(), List.of(), Optional.of("CN"), net, Language.ZH)));
    }

    /** The journey's documents, validated and hashed exactly as {@code POST /epcis/capture} would. */
    static List<Document> documents() {
        EpcisValidator validator = new EpcisValidator();
        List<Document> documents = new ArrayList<>();
        for (Step step : STEPS) {
            String path = "/demo/anxi-oolong/" + step.resource() + ".jsonld";
            try (InputStream in = AnxiOolongDemo.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("demo document missing from the jar: " + path);
                }
                byte[] bytes = in.readAllBytes();
                EpcisDocument parsed = validator.readJsonDocument(new String(bytes, StandardCharsets.UTF_8));
                documents.add(new Document(step, bytes, parsed, EventHashId.ofDocument(parsed)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    private static void ignoreDuplicate(Runnable creation) {
        try {
            creation.run();
        } catch (DuplicateException e) {
            // already there from an earlier load
        }
    }
}
