package org.bricshub.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.resolver.AnchoredLinks;
import org.bricshub.resolver.Link;
import org.bricshub.resolver.LinkType;
import org.bricshub.resolver.Resolution;
import org.bricshub.resolver.ResolutionRequest;
import org.bricshub.resolver.ResolutionRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The resolver's own work per redirect, without HTTP: parse and validate a serial-level Digital Link with its query,
 * read the request's preferences, and decide among the six links of three levels (the links of
 * {@code bench/scripts/resolver-load.sh}); against the floor of the parse alone.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp "bench/target/classes:$(cat
 * bench/target/classpath.txt)" org.openjdk.jmh.Main ResolutionBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class ResolutionBenchmark {
    private static final String G = "/01/09506000134376";
    private static final String URI = "https://id.example.org" + G + "/10/LOT1/21/S1?linkType=gs1:certificationInfo";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final List<AnchoredLinks> LEVELS = List.of(
            new AnchoredLinks(G + "/10/LOT1/21/S1", List.of(link(G + "/10/LOT1/21/S1", "dpp", "", "", "application/json", false))),
            new AnchoredLinks(G + "/10/LOT1", List.of(link(G + "/10/LOT1", "recallStatus", "", "", "", false))),
            new AnchoredLinks(G, List.of(link(G, "pip", "en", "", "text/html", true), link(G, "pip", "zh", "", "text/html", false),
                    link(G, "certificationInfo", "", "", "application/pdf", false),
                    link(G, "certificationInfo", "", "ZA", "text/html", false))));

    private static Link link(String anchor, String type, String lang, String context, String media, boolean isDefault) {
        return new Link(1, anchor, 1, new LinkType(type), "https://brand.example/" + type + lang + context, type,
                lang.isEmpty() ? List.of() : List.of(lang), context.isEmpty() ? List.of() : List.of(context),
                media.isEmpty() ? Optional.empty() : Optional.of(media), isDefault, Instant.EPOCH);
    }

    @Benchmark
    public Resolution parseAndDecide() {
        ResolutionRequest request = ResolutionRequest.of(DigitalLink.parse(URI), BROWSER, "zh-CN,zh;q=0.9,en;q=0.8");
        return ResolutionRules.decide(request, LEVELS, true);
    }

    @Benchmark
    public DigitalLink baselineParseOnly() {
        return DigitalLink.parse(URI);
    }
}
