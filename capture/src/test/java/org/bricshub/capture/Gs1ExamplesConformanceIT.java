package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bricshub.epcis.CanonicalJson;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.epcis.EpcisJsonCodec;
import org.bricshub.epcis.EpcisValidationException;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EventHashId;
import org.bricshub.epcis.query.EventQueryParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON-LD and XML example document of the GS1 EPCIS 2.0 material is captured, read back by event ID and by query, and
 * compared field by field (as RFC 8785 canonical JSON of the event) with the event as captured plus the fields the
 * repository sets: recordTime, and eventID when the example has none. Examples the validator refuses are listed in
 * {@link #CONTRADICT_THE_STANDARD} with the reason; the test fails if one of them starts to pass, or another fails.
 */
class Gs1ExamplesConformanceIT extends RepositoryWithOrganisations {
    private static final EpcisValidator VALIDATOR = new EpcisValidator();
    private static final EpcisJsonCodec JSON = new EpcisJsonCodec();
    /**
     * Examples that break the GS1 schemas or CBV rules, with the reason (the same two the epcis module records; no
     * JSON-LD example is refused).
     */
    static final Map<String, String> CONTRADICT_THE_STANDARD = Map.of(
            "xml/WithExtension/TransactionEvent.xml", "measurement type EffectiveDoseRate is not in the EPCIS 2.0 "
                    + "vocabulary",
            "xml/WithSensorData/SensorDataExamples.xml", "measurement types Molar_concentration and EffectiveDoseRate "
                    + "are not in the EPCIS 2.0 vocabulary; sensor reports without the type the JSON schema requires");

    static Stream<String> examples() throws IOException, URISyntaxException {
        Path root = Path.of(Gs1ExamplesConformanceIT.class.getResource("/gs1").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".jsonld") || p.toString().endsWith(".xml"))
                    .map(p -> root.relativize(p).toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void example_capturedThenServedFieldByField(String name) throws Exception {
        String text = Files.readString(Path.of(getClass().getResource("/gs1/" + name).toURI()));
        boolean xml = name.endsWith(".xml");
        EpcisDocument document;
        try {
            document = xml ? VALIDATOR.readXmlDocument(text) : VALIDATOR.readJsonDocument(text);
        } catch (EpcisValidationException e) {
            assertThat(CONTRADICT_THE_STANDARD).as("%s is refused: %s", name, e.violations()).containsKey(name);
            return;
        }
        assertThat(CONTRADICT_THE_STANDARD).doesNotContainKey(name);
        List<String> hashIds = EventHashId.ofDocument(document);
        // proceed: several examples repeat an event of another example; the repository keeps the first
        CaptureJob job = f.repository.capture(operator, document.events(), hashIds, document.masterData(),
                xml ? "application/xml" : "application/ld+json",
                text.getBytes(StandardCharsets.UTF_8), true);
        assertThat(job.succeeded()).isTrue();
        for (int i = 0; i < document.events().size(); i++) {
            EpcisEvent original = document.events().get(i);
            String served = f.repository.eventJson(operator, hashIds.get(i)).orElseThrow();
            EpcisEvent back = JSON.readEvent(served);
            var common = original.common().withRecordTime(back.common().recordTime());
            EpcisEvent expected = original.withCommon(common.eventID() == null ? common.withEventID(hashIds.get(i)) : common);
            if (!job.errors().isEmpty() && !served.equals(canonical(expected))) {
                continue; // an earlier example's copy of this event was kept
            }
            assertThat(served).as("%s event %d", name, i).isEqualTo(canonical(expected));
            // Written again, the read-back event may order its @context prefixes differently (they follow first use in
            // member order, which canonical JSON sorts): the served bytes, not a re-serialisation, are what the log holds.
            assertThat(withoutContext(canonical(back))).isEqualTo(withoutContext(served));
            assertThat(EventHashId.of(back)).isEqualTo(EventHashId.of(original));
            EventPage page = f.repository.query(operator, EventQueryParser.parse(
                    Map.of("EQ_eventID", List.of(back.common().eventID()), "perPage", List.of("1000"))));
            assertThat(page.events()).contains(served);
            if (back.common().errorDeclaration() != null) {
                assertThat(f.repository.query(operator, EventQueryParser.parse(Map.of("EXISTS_errorDeclaration",
                        List.of(""), "perPage", List.of("1000")))).events()).contains(served);
            }
            if (!back.common().sensorElementList().isEmpty()) {
                assertThat(f.repository.query(operator, EventQueryParser.parse(Map.of("EXISTS_sensorElementList",
                        List.of(""), "perPage", List.of("1000")))).events()).contains(served);
            }
            if (back.common().persistentDisposition() != null && !back.common().persistentDisposition().set().isEmpty()) {
                assertThat(f.repository.query(operator, EventQueryParser.parse(Map.of("EQ_persistentDisposition_set",
                        back.common().persistentDisposition().set(), "perPage", List.of("1000")))).events()).contains(served);
            }
        }
    }

    private static String withoutContext(String json) {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) EpcisJsonCodec.parse(json);
        tree.remove("@context");
        return CanonicalJson.of(tree);
    }

    private static String canonical(EpcisEvent event) {
        return CanonicalJson.of(JSON.eventTree(event));
    }
}
