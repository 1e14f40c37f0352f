package org.bricshub.transfer;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.bricshub.i18n.Language;

/**
 * Measures the search machinery on the synthetic corpus at real scale: indexing throughput, search latency with
 * facets against a plain TermQuery baseline, recall@10 of the planted cross-language pairs, heap with the corpus.
 *
 * <p>Run (after {@code mvn -q test-compile} in transfer):
 * {@code java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.bricshub.transfer.CorpusBenchmark
 * 100000 50000 2800}, with the class path from {@code mvn dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 */
public final class CorpusBenchmark {
    public static void main(String[] args) throws Exception {
        int offers = Integer.parseInt(args[0]);
        int demands = Integer.parseInt(args[1]);
        int pairs = Integer.parseInt(args[2]);
        Path folder = Files.createTempDirectory("transfer-bench");
        try (LanguageAnalyzers analyzers = new LanguageAnalyzers()) {
            Terminology terminology = Terminology.load(analyzers);
            List<SyntheticCorpus.PlantedPair> planted = new ArrayList<>();
            long t0 = System.nanoTime();
            List<Listing> corpus = new SyntheticCorpus(terminology, 42, Instant.now()).generate(offers, demands, pairs,
                    planted);
            System.out.printf("generated %d listings in %d ms%n", corpus.size(), ms(t0));
            try (ListingIndex index = ListingIndex.open(folder, analyzers, new ListingDocuments(terminology))) {
                long t1 = System.nanoTime();
                for (int i = 0; i < corpus.size(); i += 1000) {
                    index.addAll(corpus.subList(i, Math.min(corpus.size(), i + 1000)));
                }
                index.commit(corpus.size());
                long indexMs = ms(t1);
                System.out.printf("indexed %d listings in %d ms: %.0f listings/s%n", corpus.size(), indexMs,
                        corpus.size() * 1000.0 / indexMs);
                Map<Long, Listing> byId = new HashMap<>();
                corpus.forEach(l -> byId.put(l.id(), l));
                latency(index, analyzers, terminology);
                recall(index, terminology, planted, byId);
                byId.clear();
                corpus = null;
                heap(index);
                System.out.printf("index on disk: %d MiB%n", size(folder) >> 20);
            }
        }
    }

    private static void latency(ListingIndex index, LanguageAnalyzers analyzers, Terminology terminology) {
        Random random = new Random(7);
        ListingFinder finder = new ListingFinder(index, new ListingSearch(analyzers, terminology), analyzers);
        List<Terminology.Concept> concepts = terminology.concepts();
        int n = 2_000;
        long[] faceted = new long[n];
        long[] baseline = new long[n];
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < n; i++) {
                Terminology.Concept c = concepts.get(random.nextInt(concepts.size()));
                Language lang = Language.values()[random.nextInt(Language.values().length)];
                long s = System.nanoTime();
                SearchResult r = finder.find(SearchQuery.of(c.term(lang), lang));
                faceted[i] = System.nanoTime() - s;
                if (r.facets().isEmpty()) {
                    throw new IllegalStateException();
                }
                long b = System.nanoTime();
                index.search(searcher -> searcher.search(new TermQuery(new Term(ListingFields.CONCEPT, c.id())), 20));
                baseline[i] = System.nanoTime() - b;
            }
        }
        System.out.printf("search with facets, highlighting, cross-language expansion (top 20): p50 %.2f ms, p99 %.2f ms%n",
                pct(faceted, 50), pct(faceted, 99));
        System.out.printf("baseline plain TermQuery (top 20):                                 p50 %.2f ms, p99 %.2f ms%n",
                pct(baseline, 50), pct(baseline, 99));
    }

    private static void recall(ListingIndex index, Terminology terminology, List<SyntheticCorpus.PlantedPair> planted,
                               Map<Long, Listing> byId) {
        ListingMatcher matcher = new ListingMatcher(index, terminology);
        Map<String, int[]> byPair = new TreeMap<>();
        long[] took = new long[planted.size()];
        int i = 0;
        for (SyntheticCorpus.PlantedPair p : planted) {
            long s = System.nanoTime();
            List<Match> top = matcher.matches(byId.get(p.demandId()), 10);
            took[i++] = System.nanoTime() - s;
            int[] counts = byPair.computeIfAbsent(p.demandLanguage().tag() + "->" + p.offerLanguage().tag(),
                    k -> new int[2]);
            counts[1]++;
            if (top.stream().anyMatch(m -> m.id() == p.offerId())) {
                counts[0]++;
            }
        }
        int found = 0;
        for (Map.Entry<String, int[]> e : byPair.entrySet()) {
            System.out.printf("recall@10 %s: %.3f (%d/%d)%n", e.getKey(), e.getValue()[0] / (double) e.getValue()[1],
                    e.getValue()[0], e.getValue()[1]);
            found += e.getValue()[0];
        }
        System.out.printf("recall@10 overall: %.3f (%d/%d); matching p50 %.2f ms, p99 %.2f ms%n",
                found / (double) planted.size(), found, planted.size(), pct(took, 50), pct(took, 99));
    }

    private static void heap(ListingIndex index) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("heap used with the index open (%d docs), after GC: %d MiB%n", index.count(), used >> 20);
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long size(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
