package org.bricshub.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.ForbiddenException;
import org.bricshub.platform.problem.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journey assembly against a real database and log, over the Anxi scenario (journey/anxi-scenario.json). */
class JourneysIT {
    @TempDir static Path dir;
    static JourneyFixture f;
    static AnxiScenario scenario;

    @BeforeAll
    static void load() {
        f = new JourneyFixture(dir);
        scenario = AnxiScenario.load(f.db, f.codes, f.events, f.delegations);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static Journey journey(Journeys journeys, String uri) {
        return journeys.of(DigitalLink.parse(uri), JourneyFixture.STEM);
    }

    private static List<String> steps(Journey journey) {
        return journey.steps().stream().map(s -> s.bizStep().orElse("") + "@" + s.eventTime()).toList();
    }

    @Test
    void of_itemLotParentsAndInputs_inTimeOrderWithinContainmentWindows() {
        Journey journey = journey(f.journeys(JourneyFixture.fresh()), AnxiScenario.ITEM);
        assertThat(journey.genuine()).isTrue();
        assertThat(journey.truncated()).isFalse();
        assertThat(steps(journey)).containsExactly(
                "commissioning@2026-03-31T22:00:00Z", // leaves, input of the transformation
                "inspecting@2026-04-02T02:00:00Z",    // leaves certified
                "commissioning@2026-04-05T01:00:00Z", // the transformation that made the item
                "packing@2026-04-06T01:00:00Z",       // item into the case
                "inspecting@2026-04-07T07:00:00Z",    // the lot certified
                "packing@2026-04-08T00:00:00Z",       // case onto the pallet
                "inspecting@2026-04-10T03:00:00Z",    // customs, pallet named by Digital Link
                "departing@2026-04-10T23:00:00Z",
                "arriving@2026-05-02T12:00:00Z",
                "storing@2026-05-03T08:00:00Z",       // the case after the pallet was unpacked
                "receiving@2026-05-06T07:00:00Z",     // the item named by Digital Link
                "retail_selling@2026-05-09T14:30:00Z");
        assertThat(journey.steps()).hasSize(AnxiScenario.PUBLISHED_STEPS);
        assertThat(journey.steps()).extracting(JourneyStep::reach).containsExactly(Reach.INPUT, Reach.INPUT,
                Reach.ITEM, Reach.ITEM, Reach.LOT, Reach.PARENT, Reach.PARENT, Reach.PARENT, Reach.PARENT,
                Reach.PARENT, Reach.ITEM, Reach.ITEM);
    }

    @Test
    void of_stepDetails_placePartyCertificatesSensors() {
        Journey journey = journey(f.journeys(JourneyFixture.fresh()), AnxiScenario.ITEM);
        JourneyStep arriving = journey.steps().get(8);
        assertThat(arriving.place().orElseThrow().gln()).isEqualTo("9506001000113");
        assertThat(arriving.place().get().country()).isEqualTo("ZA");
        assertThat(arriving.place().get().latitude()).contains(-29.86);
        assertThat(arriving.party().orElseThrow().name()).isEqualTo("Xiamen Freight");
        SensorSummary temperature = arriving.sensors().get(0);
        assertThat(temperature.type()).isEqualTo("Temperature"); // as the capture stored it
        assertThat(temperature.uom()).contains("CEL");
        assertThat(temperature.min()).isEqualByComparingTo("16.0");
        assertThat(temperature.max()).isEqualByComparingTo("31.5");
        assertThat(temperature.excursions()).isEqualTo(1);
        assertThat(arriving.sensors().get(1).type()).isEqualTo("RelativeHumidity");
        assertThat(arriving.sensors().get(1).excursions()).isZero();
        assertThat(journey.steps().get(4).certificates()).containsExactly(
                "https://certs.example.org/lab/FJ-2026-0413", "https://certs.example.org/lab/FJ-2026-0414");
        assertThat(journey.steps().get(6).party().orElseThrow().kind().name()).isEqualTo("CUSTOMS");
        assertThat(journey.steps()).allSatisfy(s -> assertThat(s.key()).hasSize(64));
    }

    @Test
    void of_otherItemOfSameCase_hasItsOwnSteps() {
        Journey other = journey(f.journeys(JourneyFixture.fresh()),
                "https://codes.example.org/01/09506000000015/10/L1/21/S2");
        // S2 stayed in the case, so the case's later shipping belongs to it, and it was sold on another day
        assertThat(steps(other)).contains("shipping@2026-05-07T06:00:00Z", "retail_selling@2026-05-10T09:00:00Z")
                .doesNotContain("receiving@2026-05-06T07:00:00Z", "retail_selling@2026-05-09T14:30:00Z");
    }

    @Test
    void of_neverIssuedSerial_isNotGenuineAndEmpty() {
        Journey journey = journey(f.journeys(JourneyFixture.fresh()),
                "https://codes.example.org/01/09506000000015/10/L1/21/FAKE");
        assertThat(journey.genuine()).isFalse();
        assertThat(journey.steps()).isEmpty();
        assertThat(journey.product()).isEmpty();
    }

    @Test
    void of_limits_truncateTheWalk() {
        Journey shallow = journey(f.journeys(new JourneyLimits(0, 200, 1_000, Duration.ZERO, 10)), AnxiScenario.ITEM);
        assertThat(shallow.truncated()).isTrue();
        assertThat(shallow.steps()).extracting(JourneyStep::reach).containsOnly(Reach.ITEM, Reach.LOT);
        Journey few = journey(f.journeys(new JourneyLimits(8, 200, 3, Duration.ZERO, 10)), AnxiScenario.ITEM);
        assertThat(few.truncated()).isTrue();
        assertThat(few.steps().size()).isLessThanOrEqualTo(3);
        Journey narrow = journey(f.journeys(new JourneyLimits(8, 2, 1_000, Duration.ZERO, 10)), AnxiScenario.ITEM);
        assertThat(narrow.truncated()).isTrue();
        assertThat(narrow.steps()).extracting(JourneyStep::reach).doesNotContain(Reach.PARENT, Reach.INPUT);
    }

    @Test
    void publishSteps_perProduct_thenPerEvent_thenBackToDefault() {
        Journeys journeys = f.journeys(JourneyFixture.fresh());
        Principal owner = scenario.parties.get("Anxi Tea");
        String customs = journey(journeys, AnxiScenario.ITEM).steps().get(6).hashId();
        journeys.publishSteps(owner, AnxiScenario.GTIN, Optional.of(Set.of("retail_selling",
                "https://ref.gs1.org/cbv/BizStep-unpacking")));
        assertThat(steps(journey(journeys, AnxiScenario.ITEM))).containsExactly("unpacking@2026-05-03T07:00:00Z",
                "unpacking@2026-05-06T06:00:00Z", "retail_selling@2026-05-09T14:30:00Z");
        assertThat(journeys.publication(owner, AnxiScenario.GTIN).bizSteps()).containsExactly("retail_selling",
                "unpacking");

        journeys.publishEvent(owner, EventKeys.of(customs), Optional.of(true));
        assertThat(journey(journeys, AnxiScenario.ITEM).steps()).hasSize(4);
        journeys.publishSteps(owner, AnxiScenario.GTIN, Optional.empty());
        journeys.publishEvent(owner, EventKeys.of(customs), Optional.of(false));
        Journey hidden = journey(journeys, AnxiScenario.ITEM);
        assertThat(hidden.steps()).hasSize(AnxiScenario.PUBLISHED_STEPS - 1);
        assertThat(journeys.shownEventJson(EventKeys.of(customs))).isEmpty();
        journeys.publishEvent(owner, EventKeys.of(customs), Optional.empty());
        assertThat(journey(journeys, AnxiScenario.ITEM).steps()).hasSize(AnxiScenario.PUBLISHED_STEPS);
        assertThat(journeys.publication(owner, AnxiScenario.GTIN).isDefault()).isTrue();
    }

    @Test
    void publish_byAnotherOrganisationOrReader_isForbidden() {
        Journeys journeys = f.journeys(JourneyFixture.fresh());
        Principal freight = scenario.parties.get("Xiamen Freight");
        assertThatThrownBy(() -> journeys.publishSteps(freight, AnxiScenario.GTIN, Optional.of(Set.of("shipping"))))
                .isInstanceOf(ForbiddenException.class);
        Principal owner = scenario.parties.get("Anxi Tea");
        Principal reader = new Principal(owner.keyId(), owner.orgId(), owner.orgKind(), Role.READER);
        assertThatThrownBy(() -> journeys.publishSteps(reader, AnxiScenario.GTIN, Optional.of(Set.of("shipping"))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> journeys.publishSteps(owner, AnxiScenario.GTIN, Optional.of(Set.of("Shipping it"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("bizSteps");
        assertThatThrownBy(() -> journeys.publishEvent(owner, "not-a-key", Optional.of(true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("eventId");
        assertThatThrownBy(() -> journeys.publishEvent(owner, "0".repeat(64), Optional.of(true)))
                .isInstanceOf(org.bricshub.platform.problem.NotFoundException.class);
    }

    @Test
    void shownEvent_onlyForEventsAPublishedJourneyShows_withProof() throws Exception {
        Journeys journeys = f.journeys(JourneyFixture.fresh());
        Journey journey = journey(journeys, AnxiScenario.ITEM);
        String key = journey.steps().get(3).key();
        assertThat(journeys.shownEventJson(key)).hasValueSatisfying(json -> assertThat(json).contains("packing"));
        assertThat(journeys.shownEventProof(key, Duration.ofSeconds(10))).isPresent();
        String unpacking = scenario.hashIds.stream().filter(h -> journey.steps().stream()
                .noneMatch(s -> s.hashId().equals(h))).findFirst().orElseThrow();
        assertThat(journeys.shownEventJson(EventKeys.of(unpacking))).isEmpty();
    }

    @Test
    void of_cachedUntilANewEventIsCaptured() {
        Journeys journeys = f.journeys(new JourneyLimits(8, 200, 1_000, Duration.ofHours(1), 10));
        Journey first = journey(journeys, AnxiScenario.ITEM);
        assertThat(journey(journeys, AnxiScenario.ITEM)).isSameAs(first);
        Transaction.run(f.db, c -> c.createStatement().execute("delete from journey_shown_events"));
        assertThat(journey(journeys, AnxiScenario.ITEM)).isSameAs(first);
    }
}
