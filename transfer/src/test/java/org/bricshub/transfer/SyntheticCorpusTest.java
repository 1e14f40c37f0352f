package org.bricshub.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {
    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers();
    private static final Terminology TERMS = Terminology.load(ANALYZERS);

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    @Test
    void generate_countsTypesAndPlantedPairsAcrossLanguages() {
        List<SyntheticCorpus.PlantedPair> pairs = new ArrayList<>();
        List<Listing> corpus = new SyntheticCorpus(TERMS, 1, Instant.EPOCH).generate(200, 100, 28, pairs);
        assertThat(corpus).hasSize(300);
        assertThat(corpus.stream().filter(l -> l.facts().type() == ListingType.OFFER)).hasSize(200);
        assertThat(pairs).hasSize(28);
        Map<Long, Listing> byId = corpus.stream().collect(Collectors.toMap(Listing::id, Function.identity()));
        ListingDocuments docs = new ListingDocuments(TERMS);
        for (SyntheticCorpus.PlantedPair p : pairs) {
            Listing demand = byId.get(p.demandId());
            Listing offer = byId.get(p.offerId());
            assertThat(demand.facts().language()).isNotEqualTo(offer.facts().language());
            Set<String> shared = new HashSet<>(docs.concepts(demand));
            shared.retainAll(docs.concepts(offer));
            assertThat(shared).as("pair %s", p).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void generate_sameSeedSameCorpus() {
        List<Listing> a = new SyntheticCorpus(TERMS, 9, Instant.EPOCH).generate(50, 50, 5, new ArrayList<>());
        List<Listing> b = new SyntheticCorpus(TERMS, 9, Instant.EPOCH).generate(50, 50, 5, new ArrayList<>());
        assertThat(a).isEqualTo(b);
    }
}
