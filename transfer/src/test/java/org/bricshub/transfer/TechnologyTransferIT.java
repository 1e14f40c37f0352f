package org.bricshub.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.i18n.Language;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.problem.ConflictException;
import org.bricshub.platform.problem.ForbiddenException;
import org.bricshub.platform.problem.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TechnologyTransferIT {
    @TempDir
    Path data;
    private DataSource db;
    private TechnologyTransfer transfer;
    private Principal operator;
    private Principal institute;
    private Principal company;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
        transfer = TechnologyTransfer.open(db, data, Clock.systemUTC());
        operator = Fixtures.principal(db, OrganisationKind.OPERATOR, Role.ADMIN);
        institute = Fixtures.principal(db, OrganisationKind.RESEARCH_INSTITUTION, Role.OWNER);
        company = Fixtures.principal(db, OrganisationKind.BRAND_OWNER, Role.ADMIN);
    }

    @AfterEach
    void close() {
        transfer.close();
    }

    private Listing published(Principal owner, ListingInput in) {
        Listing l = transfer.create(owner, in, false);
        return transfer.approve(operator, l.id());
    }

    @Test
    void create_startsInReviewAndIsHiddenUntilApproved() {
        Listing l = transfer.create(institute, Fixtures.input(ListingType.OFFER, Language.EN, "Perovskite solar cell",
                "A solar cell with 25% efficiency", "H01L 31/04"), false);
        assertThat(l.status()).isEqualTo(ListingStatus.REVIEW);
        assertThat(transfer.search(SearchQuery.of("solar", Language.EN)).total()).isZero();
        assertThatThrownBy(() -> transfer.get(Optional.empty(), l.id())).isInstanceOf(NotFoundException.class);
        assertThat(transfer.moderationQueue(operator, 10)).extracting(Listing::id).containsExactly(l.id());

        Listing approved = transfer.approve(operator, l.id());

        assertThat(approved.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(approved.expiresAt()).isPresent();
        assertThat(transfer.search(SearchQuery.of("solar", Language.EN)).hits()).extracting(SearchResult.Hit::id)
                .containsExactly(l.id());
    }

    @Test
    void approve_byOwnerForbidden() {
        Listing l = transfer.create(institute, Fixtures.input(ListingType.OFFER, Language.EN, "t", "s"), false);
        assertThatThrownBy(() -> transfer.approve(institute, l.id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void update_otherOrganisationForbidden() {
        Listing l = transfer.create(institute, Fixtures.input(ListingType.OFFER, Language.EN, "t", "s"), false);
        assertThatThrownBy(() -> transfer.update(company, l.id(), Fixtures.input(ListingType.OFFER, Language.EN,
                "mine now", "s"))).isInstanceOf(ForbiddenException.class).hasMessageContaining("organisation");
    }

    @Test
    void update_publishedReturnsToReviewAndLeavesSearch() {
        Listing l = published(institute, Fixtures.input(ListingType.OFFER, Language.EN, "Graphene coating", "s"));
        Listing edited = transfer.update(institute, l.id(), Fixtures.input(ListingType.OFFER, Language.EN,
                "Graphene coating v2", "s"));
        assertThat(edited.status()).isEqualTo(ListingStatus.REVIEW);
        assertThat(transfer.search(SearchQuery.of("graphene", Language.EN)).total()).isZero();
    }

    @Test
    void withdraw_thenConcludeConflicts() {
        Listing l = published(institute, Fixtures.input(ListingType.OFFER, Language.EN, "t", "s"));
        transfer.withdraw(institute, l.id());
        assertThatThrownBy(() -> transfer.conclude(institute, l.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void search_crossLanguageThroughTerminology() {
        Listing zh = published(institute, Fixtures.input(ListingType.OFFER, Language.ZH, "高效钙钛矿太阳能电池",
                "本发明提供一种太阳能电池的制备方法", "H01L 31/04"));
        Listing pt = published(institute, Fixtures.input(ListingType.OFFER, Language.PT, "Célula solar flexível",
                "Uma célula solar de baixo custo", "H01L"));
        published(institute, Fixtures.input(ListingType.OFFER, Language.EN, "Drip irrigation controller",
                "Saves water", "A01G"));

        SearchResult r = transfer.search(SearchQuery.of("solar cell", Language.EN));

        assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder(zh.id(), pt.id());
        assertThat(r.concepts()).contains("solar-cell");
        assertThat(r.facets().get("language")).containsEntry("zh", 1).containsEntry("pt", 1);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.highlight()).contains("<b>"));
    }

    @Test
    void search_filtersAndFacets() {
        published(institute, Fixtures.input(ListingType.OFFER, Language.EN, "Wind turbine blade", "s", "F03D"));
        published(company, Fixtures.input(ListingType.DEMAND, Language.EN, "Need a wind turbine", "s", "F03D"));
        SearchQuery demands = SearchQuery.of("wind turbine", Language.EN).withTypes(List.of(ListingType.DEMAND));
        SearchResult r = transfer.search(demands);
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.facets().get("type")).containsExactlyEntriesOf(java.util.Map.of("demand", 1));
        assertThat(transfer.search(SearchQuery.of("ipc:F03D", Language.EN)).total()).isEqualTo(2);
    }

    @Test
    void search_markupIsEscapedInHighlights() {
        published(institute, Fixtures.input(ListingType.OFFER, Language.EN, "Biogas <script>x</script>",
                "Biogas digester <img src=x onerror=alert(1)>"));
        SearchResult.Hit hit = transfer.search(SearchQuery.of("biogas", Language.EN)).hits().get(0);
        assertThat(hit.title()).contains("<script>");
        assertThat(hit.highlight()).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void matches_demandFindsOfferInAnotherLanguageWithExplanation() {
        Listing offer = published(institute, Fixtures.input(ListingType.OFFER, Language.RU,
                "Капельное орошение для теплиц", "Система капельного орошения с датчиками", "A01G 25/02"));
        Listing unrelated = published(institute, Fixtures.input(ListingType.OFFER, Language.EN, "Graphene coating",
                "Anti-corrosion", "C09D"));
        Listing demand = published(company, Fixtures.input(ListingType.DEMAND, Language.ZH, "需要温室滴灌技术",
                "寻求滴灌和传感器解决方案", "A01G"));

        List<Match> matches = transfer.matches(Optional.empty(), demand.id(), 10);

        // The unrelated offer shares only the field of technology, a weak signal that ranks it last.
        assertThat(matches).extracting(Match::id).containsExactly(offer.id(), unrelated.id());
        assertThat(matches.get(1).explanation().concepts()).isEmpty();
        Match.Explanation why = matches.get(0).explanation();
        assertThat(why.concepts()).extracting(Match.SharedConcept::concept)
                .contains("drip-irrigation", "greenhouse", "sensor");
        assertThat(why.concepts()).filteredOn(c -> c.concept().equals("drip-irrigation"))
                .singleElement().satisfies(c -> {
                    assertThat(c.ours()).isEqualTo("滴灌");
                    assertThat(c.theirs()).isEqualTo("капельное орошение");
                });
        assertThat(why.classes()).containsExactly("A01G");
    }

    @Test
    void putVersion_makesListingFindableInThatLanguage() {
        Listing l = published(institute, Fixtures.input(ListingType.OFFER, Language.EN, "Heap leaching", "s"));
        transfer.putVersion(institute, l.id(), Language.FR, Fixtures.text("Lixiviation en tas de cuivre", "s"));
        transfer.approve(operator, l.id());
        SearchResult r = transfer.search(SearchQuery.of("cuivre", Language.FR));
        assertThat(r.hits()).singleElement().satisfies(h -> {
            assertThat(h.titleLanguage()).isEqualTo(Language.FR);
            assertThat(h.title()).isEqualTo("Lixiviation en tas de cuivre");
        });
    }

    @Test
    void open_rebuildsIndexThatDivergedFromDatabase() {
        Listing l = published(institute, Fixtures.input(ListingType.OFFER, Language.EN, "Desalination", "s"));
        transfer.close();
        // A change the index never saw, as after a crash between the database commit and the index commit.
        Transaction.run(db, c -> c.createStatement().executeUpdate("update transfer_listings set status = 'withdrawn', "
                + "revision = nextval('transfer_revision') where id = " + l.id()));
        transfer = TechnologyTransfer.open(db, data, Clock.systemUTC());
        assertThat(transfer.indexAgrees()).isTrue();
        assertThat(transfer.search(SearchQuery.of("desalination", Language.EN)).total()).isZero();
    }

    @Test
    void reindex_rebuildsFromDatabase() {
        published(institute, Fixtures.input(ListingType.OFFER, Language.EN, "Desalination", "s"));
        published(institute, Fixtures.input(ListingType.DEMAND, Language.EN, "Biogas", "s"));
        assertThat(transfer.reindex()).isEqualTo(2);
        assertThat(transfer.search(SearchQuery.of("", Language.EN)).total()).isEqualTo(2);
    }

    @Test
    void interest_identitiesRevealedOnlyAfterAcceptance() {
        Listing offer = published(institute, Fixtures.input(ListingType.OFFER, Language.EN, "Biogas digester", "s"));
        Interest sent = transfer.expressInterest(company, offer.id(), DealType.LICENCE, "We would license it");
        assertThat(sent.status()).isEqualTo("pending");
        assertThat(sent.counterpart().orgId()).isEmpty();

        Interest received = transfer.interestsReceived(institute).get(0);
        assertThat(received.counterpart().name()).isEmpty();
        assertThat(received.counterpart().kind()).isEqualTo("brand_owner");
        assertThatThrownBy(() -> transfer.decideInterest(company, received.id(), true))
                .isInstanceOf(ForbiddenException.class);

        Interest accepted = transfer.decideInterest(institute, received.id(), true);
        assertThat(accepted.counterpart().orgId()).contains(company.orgId());
        assertThat(transfer.interestsSent(company).get(0).counterpart().orgId()).contains(institute.orgId());
        assertThatThrownBy(() -> transfer.expressInterest(company, offer.id(), DealType.SALE, "again"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void interest_inOwnListingRefused() {
        Listing offer = published(institute, Fixtures.input(ListingType.OFFER, Language.EN, "Biogas digester", "s"));
        assertThatThrownBy(() -> transfer.expressInterest(institute, offer.id(), DealType.SALE, "mine"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void approve_raisesAlertsForSavedSearchesAndMatchedListings() {
        Listing demand = published(company, Fixtures.input(ListingType.DEMAND, Language.EN, "Need desalination",
                "Seawater desalination for a coastal town", "C02F"));
        SavedSearch saved = transfer.saveSearch(company, "Desalination offers", "desalination", Language.EN,
                List.of(ListingType.OFFER));
        Listing offer = published(institute, Fixtures.input(ListingType.OFFER, Language.ZH, "海水淡化膜",
                "低能耗海水淡化技术", "C02F 1/44"));

        assertThat(transfer.alerts(company, 10)).extracting(Alert::kind, Alert::listingId, Alert::aboutId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("search", offer.id(), saved.id()),
                        org.assertj.core.groups.Tuple.tuple("match", offer.id(), demand.id()));
        assertThat(transfer.alerts(institute, 10)).isEmpty();
        transfer.deleteSavedSearch(company, saved.id());
        assertThat(transfer.savedSearches(company)).isEmpty();
    }
}
