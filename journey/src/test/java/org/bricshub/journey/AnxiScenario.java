package org.bricshub.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.capture.Delegations;
import org.bricshub.capture.EventRepository;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EventHashId;
import org.bricshub.gs1.Gln;
import org.bricshub.i18n.Language;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.trace.Gs1Input;
import org.bricshub.trace.LocalisedText;
import org.bricshub.trace.NewBatch;
import org.bricshub.trace.NewLocation;
import org.bricshub.trace.NewProduct;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.SerialFormat;

/**
 * Loads {@code /journey/anxi-scenario.json} through the real services: organisations with admin keys, delegations,
 * locations, products, a batch of imported serials and every capture (each by its party). The scanned item
 * {@link #ITEM} has 12 published steps under the default publication rule.
 */
public final class AnxiScenario {
    public static final String ITEM = "https://id.gs1.org/01/09506000000015/10/L1/21/S1";
    public static final String GTIN = "09506000000015";
    public static final int PUBLISHED_STEPS = 12;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EpcisValidator VALIDATOR = new EpcisValidator();

    /** The admin key of each organisation, by name, and the hash IDs of every captured event, in file order. */
    public final Map<String, Principal> parties = new HashMap<>();
    public final List<String> hashIds = new ArrayList<>();

    private AnxiScenario() {}

    public static JsonNode document() {
        try (InputStream in = AnxiScenario.class.getResourceAsStream("/journey/anxi-scenario.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AnxiScenario load(DataSource db, ProductCodes codes, EventRepository events, Delegations delegations) {
        AnxiScenario s = new AnxiScenario();
        JsonNode doc = document();
        for (JsonNode org : doc.get("organisations")) {
            s.parties.put(org.get("name").asText(), organisation(db, org));
        }
        for (JsonNode d : doc.get("delegations")) {
            delegations.delegate(s.party(d, "by"), d.get("prefix").asText(), s.party(d, "to").orgId());
        }
        for (JsonNode l : doc.get("locations")) {
            codes.createLocation(s.party(l, "by"), new NewLocation(new Gln(l.get("gln").asText()), texts(l.get("name")),
                    l.get("country").asText(), Map.of(), Optional.of(l.get("lat").asDouble()),
                    Optional.of(l.get("lon").asDouble())));
        }
        for (String field : List.of("product", "inputProduct")) {
            JsonNode p = doc.get(field);
            codes.createProduct(s.party(p, "by"), new NewProduct(Gs1Input.gtin("gtin", p.get("gtin").asText()),
                    texts(p.get("name")), new LocalisedText(Map.of()), Optional.ofNullable(p.path("brand").textValue()),
                    Optional.empty(), List.of(), Optional.ofNullable(p.path("countryOfOrigin").textValue()),
                    Optional.empty(), Language.fromTag(p.get("defaultLanguage").asText()).orElseThrow()));
        }
        JsonNode b = doc.get("batch");
        List<String> serials = new ArrayList<>();
        b.get("serials").forEach(x -> serials.add(x.asText()));
        codes.issueBatch(s.parties.get("Anxi Tea"), b.get("gtin").asText(), new NewBatch(b.get("lot").asText(),
                serials.size(), Optional.empty(), Optional.empty(), SerialFormat.DIGITS, serials));
        for (JsonNode capture : doc.get("captures")) {
            List<EpcisEvent> list = new ArrayList<>();
            for (JsonNode e : capture.get("events")) {
                list.add(VALIDATOR.readJsonEvent(withContext(e)));
            }
            List<String> ids = list.stream().map(EventHashId::of).toList();
            var job = events.capture(s.party(capture, "by"), list, ids, "application/ld+json",
                    "{}".getBytes(StandardCharsets.UTF_8), false);
            if (!job.succeeded()) {
                throw new IllegalStateException("scenario capture failed: " + job);
            }
            s.hashIds.addAll(ids);
        }
        return s;
    }

    private Principal party(JsonNode node, String field) {
        return parties.get(node.get(field).asText());
    }

    private static String withContext(JsonNode event) {
        var copy = event.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).putArray("@context")
                .add("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
        return copy.toString();
    }

    private static LocalisedText texts(JsonNode names) {
        Map<String, String> raw = new HashMap<>();
        names.fields().forEachRemaining(e -> raw.put(e.getKey(), e.getValue().asText()));
        return LocalisedText.parse("name", raw, 200);
    }

    private static Principal organisation(DataSource db, JsonNode org) {
        OrganisationKind kind = OrganisationKind.valueOf(org.get("kind").asText().toUpperCase(java.util.Locale.ROOT));
        return Transaction.run(db, c -> {
            long id = new OrganisationStore(db).create(c, new NewOrganisation(org.get("name").asText(),
                    org.get("country").asText(), kind, List.of(org.get("prefix").asText())), Instant.now()).id();
            byte[] hash = new byte[32];
            new SecureRandom().nextBytes(hash);
            try (PreparedStatement ps = c.prepareStatement("insert into api_keys (org_id, role, key_hash, created_at) "
                    + "values (?, 'admin', ?, now()) returning id")) {
                ps.setLong(1, id);
                ps.setBytes(2, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Principal(rs.getLong(1), id, kind, Role.ADMIN);
                }
            }
        });
    }
}
