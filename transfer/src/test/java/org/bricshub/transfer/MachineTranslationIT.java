package org.bricshub.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.TranslationEngine;
import org.bricshub.i18n.TranslationException;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.problem.ConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineTranslationIT {
    @TempDir
    Path data;
    private TechnologyTransfer transfer;
    private Principal operator;
    private Principal owner;

    private void open(List<TranslationEngine> engines) {
        DataSource db = TestDatabase.fresh();
        transfer = TechnologyTransfer.open(db, data, Clock.systemUTC(),
                TransferOptions.defaults().withMachineEngines(engines));
        operator = Fixtures.principal(db, OrganisationKind.OPERATOR, Role.ADMIN);
        owner = Fixtures.principal(db, OrganisationKind.RESEARCH_INSTITUTION, Role.OWNER);
    }

    @AfterEach
    void close() {
        transfer.close();
    }

    /** An engine that brackets text, so a test can see what went through it. */
    private static TranslationEngine brackets() {
        return new TranslationEngine() {
            @Override
            public String name() {
                return "brackets";
            }

            @Override
            public Optional<Translation> translate(String segment, Language from, Language to) {
                return Optional.of(new Translation("[" + to.tag() + "] " + segment, "brackets"));
            }
        };
    }

    @Test
    void translate_reusesTheOwnersTranslationsOfIdenticalSegments() {
        open(List.of());
        Listing first = transfer.create(owner, Fixtures.input(ListingType.OFFER, Language.EN, "Drip irrigation",
                "Water-saving drip irrigation"), false);
        transfer.putVersion(owner, first.id(), Language.ZH, Fixtures.text("滴灌", "节水滴灌"));
        Listing second = transfer.create(owner, Fixtures.input(ListingType.OFFER, Language.EN, "drip irrigation",
                "Drip irrigation"), false);

        Listing translated = transfer.translate(owner, second.id(), Language.ZH);
        assertThat(translated.versions().get(Language.ZH).title()).isEqualTo("滴灌");
        assertThat(translated.versions().get(Language.ZH).summary()).as("a terminology term").isEqualTo("滴灌");
        assertThat(translated.machine()).containsEntry(Language.ZH, "memory");
        assertThat(translated.isMachineTranslated(Language.EN)).isFalse();
    }

    @Test
    void translate_unknownTextIsRefusedNamingTheField() {
        open(List.of());
        Listing l = transfer.create(owner, Fixtures.input(ListingType.OFFER, Language.EN, "Drip irrigation",
                "A kit nobody translated"), false);
        assertThatThrownBy(() -> transfer.translate(owner, l.id(), Language.RU))
                .isInstanceOfSatisfying(TranslationFailedException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.extensions()).containsEntry("field", "summary");
                });
        assertThat(transfer.get(Optional.of(owner), l.id()).versions()).containsOnlyKeys(Language.EN);
    }

    @Test
    void machineVersions_neverReplaceTheOwnersAndGoWhenTheOriginalChanges() {
        open(List.of(brackets()));
        Listing l = transfer.create(owner, Fixtures.input(ListingType.OFFER, Language.EN, "Perovskite cell",
                "Tandem perovskite"), false);
        transfer.putVersion(owner, l.id(), Language.FR, Fixtures.text("Cellule pérovskite", "Pérovskite tandem"));
        Listing ru = transfer.translate(owner, l.id(), Language.RU);
        assertThat(ru.versions().get(Language.RU).title()).isEqualTo("[ru] Perovskite cell");
        assertThat(ru.machine()).containsEntry(Language.RU, "brackets");
        assertThat(ru.status()).as("a translation is no edit of the owner's").isEqualTo(ListingStatus.REVIEW);

        assertThatThrownBy(() -> transfer.translate(owner, l.id(), Language.FR)).isInstanceOf(ConflictException.class);
        transfer.putVersion(owner, l.id(), Language.RU, Fixtures.text("Перовскитный элемент", "Тандем"));
        assertThat(transfer.get(Optional.of(owner), l.id()).isMachineTranslated(Language.RU)).isFalse();

        transfer.translate(owner, l.id(), Language.ES);
        transfer.update(owner, l.id(), Fixtures.input(ListingType.OFFER, Language.EN, "Perovskite module", "New"));
        Listing updated = transfer.get(Optional.of(owner), l.id());
        assertThat(updated.versions()).containsOnlyKeys(Language.EN, Language.FR, Language.RU);
        assertThat(updated.machine()).isEmpty();
    }

    @Test
    void publication_translatesIntoTheMissingLanguagesInTheBackground() throws InterruptedException {
        open(List.of(brackets()));
        Listing l = transfer.create(owner, Fixtures.input(ListingType.OFFER, Language.EN, "Wind blade", "Light"),
                false);
        transfer.approve(operator, l.id());
        long deadline = System.nanoTime() + 10_000_000_000L;
        // The index is updated right after the database commit: wait until search shows the machine version too.
        while (transfer.search(SearchQuery.of("Wind blade", Language.SW)).total() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Listing done = transfer.get(Optional.empty(), l.id());
        assertThat(done.versions()).hasSize(17);
        assertThat(done.machine()).hasSize(16).containsEntry(Language.SW, "brackets");
        assertThat(done.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(transfer.search(SearchQuery.of("Wind blade", Language.SW)).hits().get(0).title())
                .as("machine versions are indexed").isEqualTo("[sw] Wind blade");
    }

    @Test
    void translate_failingEngineIs502AndStoresNothing() {
        open(List.of(new TranslationEngine() {
            @Override
            public String name() {
                return "down";
            }

            @Override
            public Optional<Translation> translate(String segment, Language from, Language to) {
                throw new TranslationException("down", "cannot reach http://127.0.0.1:9", null);
            }
        }));
        Listing l = transfer.create(owner, Fixtures.input(ListingType.OFFER, Language.EN, "Wind blade", "Light"),
                false);
        assertThatThrownBy(() -> transfer.translate(owner, l.id(), Language.PT))
                .isInstanceOfSatisfying(TranslationFailedException.class, e -> assertThat(e.status()).isEqualTo(502));
        assertThat(transfer.get(Optional.of(owner), l.id()).versions()).containsOnlyKeys(Language.EN);
    }
}
