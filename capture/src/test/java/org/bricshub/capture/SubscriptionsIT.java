package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EventHashId;
import org.bricshub.epcis.query.QueryParameterException;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.problem.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named queries and subscriptions against a real database and a real webhook receiver (the JDK HTTP server). */
class SubscriptionsIT {
    private static final EpcisValidator VALIDATOR = new EpcisValidator();
    private static final String SHIPPING = "{\"EQ_bizStep\": [\"shipping\"]}";
    @TempDir Path dir;
    private RepositoryFixture f;
    private NamedQueries queries;
    private Subscriptions subscriptions;
    private Principal tea;
    private Principal shipper;
    private HttpServer receiver;
    private final BlockingQueue<String[]> received = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        f = new RepositoryFixture(dir);
        queries = new NamedQueries(f.ds, Clock.systemUTC());
        subscriptions = new Subscriptions(f.repository, queries, Clock.systemUTC(), HttpClient.newHttpClient());
        subscriptions.start();
        tea = f.principal("Anxi Tea", OrganisationKind.BRAND_OWNER, "0614141");
        shipper = f.principal("Shipper", OrganisationKind.LOGISTICS, "4012345");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean fail = failuresToAnswer.getAndDecrement() > 0;
            if (!fail) {
                received.add(new String[] {new String(body, StandardCharsets.UTF_8),
                        exchange.getRequestHeaders().getFirst("GS1-Signature")});
            }
            exchange.sendResponseHeaders(fail ? 503 : 200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        subscriptions.close();
        f.close();
    }

    private URI hook() {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    @Test
    void namedQuery_createListGetDelete() {
        queries.create(tea, "shipped", SHIPPING);
        assertThat(queries.list(tea)).extracting(NamedQuery::name).containsExactly("shipped");
        assertThat(queries.get(tea, "shipped").eventQuery().conditions()).hasSize(1);
        assertThat(queries.list(shipper)).isEmpty();
        assertThatThrownBy(() -> queries.get(shipper, "shipped")).isInstanceOf(NoSuchNameException.class);
        assertThatThrownBy(() -> queries.create(tea, "shipped", SHIPPING))
                .isInstanceOf(ResourceAlreadyExistsException.class);
        subscriptions.deleteQuery(tea, "shipped");
        assertThat(queries.list(tea)).isEmpty();
        assertThatThrownBy(() -> subscriptions.deleteQuery(tea, "shipped")).isInstanceOf(NoSuchNameException.class);
    }

    @Test
    void namedQuery_badInputIsRefused() {
        assertThatThrownBy(() -> queries.create(tea, "x", "{\"EQ_nothing\": [\"a\"]}"))
                .isInstanceOf(QueryParameterException.class).hasMessageContaining("EQ_nothing");
        assertThatThrownBy(() -> queries.create(tea, "a/b", SHIPPING)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> queries.create(tea, "x", "[1]")).isInstanceOf(InvalidInputException.class);
        assertThat(queries.list(tea)).isEmpty();
    }

    @Test
    void webhookStream_deliversMatchingVisibleEventsSignedAndRetries() throws Exception {
        queries.create(tea, "shipped", SHIPPING);
        Subscription s = subscriptions.subscribe(tea, "shipped",
                new SubscriptionRequest(hook(), "s3cret", true, null, false, null));
        failuresToAnswer.set(1);
        EpcisEvent shipped = event("urn:epc:id:sgtin:0614141.107346.1", "shipping");
        capture(tea, shipped, event("urn:epc:id:sgtin:0614141.107346.2", "receiving"));
        capture(shipper, event("urn:epc:id:sgtin:4012345.000001.1", "shipping"));

        String[] delivery = received.poll(20, TimeUnit.SECONDS);
        assertThat(delivery).as("delivered after one refused attempt").isNotNull();
        assertThat(delivery[1]).isEqualTo(WebhookSender.signature("s3cret", delivery[0].getBytes(StandardCharsets.UTF_8)));
        assertThat(delivery[0]).contains(EventHashId.of(shipped)).contains("\"subscriptionID\":\"" + s.subscriptionID())
                .doesNotContain("receiving").doesNotContain("4012345");
        assertThat(received.poll(1, TimeUnit.SECONDS)).as("the shipper's event is not the tea firm's").isNull();
        assertThat(f.count("capture_deliveries")).isZero();
        assertThat(subscriptions.get(tea, "shipped", s.subscriptionID()).lastNotifiedAt()).isNotNull();
    }

    @Test
    void webhookSchedule_reportsEventsRecordedSinceLastRun() throws Exception {
        queries.create(tea, "shipped", SHIPPING);
        subscriptions.subscribe(tea, "shipped", new SubscriptionRequest(hook(), null, false,
                new QuerySchedule(Map.of("second", "0/1")), false, null));
        EpcisEvent shipped = event("urn:epc:id:sgtin:0614141.107346.3", "shipping");
        capture(tea, shipped);
        String[] delivery = received.poll(20, TimeUnit.SECONDS);
        assertThat(delivery).isNotNull();
        assertThat(delivery[0]).contains(EventHashId.of(shipped));
        assertThat(delivery[1]).as("no token, no signature").isNull();
    }

    @Test
    void subscribe_refusesBadRequests() {
        queries.create(tea, "shipped", SHIPPING);
        assertThatThrownBy(() -> new SubscriptionRequest(hook(), null, false, null, false, null))
                .isInstanceOf(SubscriptionControlsException.class);
        assertThatThrownBy(() -> new SubscriptionRequest(URI.create("ftp://x.example/"), null, true, null, false, null))
                .isInstanceOf(SubscriptionControlsException.class);
        assertThatThrownBy(() -> subscriptions.subscribe(tea, "nope",
                new SubscriptionRequest(hook(), null, true, null, false, null))).isInstanceOf(NoSuchNameException.class);
        assertThatThrownBy(() -> subscriptions.subscribe(tea, "shipped",
                new SubscriptionRequest(null, null, true, null, false, null)))
                .isInstanceOf(SubscriptionControlsException.class);
    }

    @Test
    void openStream_receivesCatchUpAndNewEventsUntilTheQueryIsDeleted() throws Exception {
        EpcisEvent before = event("urn:epc:id:sgtin:0614141.107346.4", "shipping");
        capture(tea, before);
        queries.create(tea, "shipped", SHIPPING);
        BlockingQueue<String> documents = new LinkedBlockingQueue<>();
        BlockingQueue<String> closed = new LinkedBlockingQueue<>();
        subscriptions.openStream(tea, "shipped", new SubscriptionRequest(null, null, true, null, false,
                Instant.now().minus(Duration.ofHours(1))), new Subscriptions.StreamSink() {
                    @Override
                    public void send(String document) {
                        documents.add(document);
                    }

                    @Override
                    public void close(String reason) {
                        closed.add(reason);
                    }
                });
        assertThat(documents.poll(20, TimeUnit.SECONDS)).contains(EventHashId.of(before));
        EpcisEvent after = event("urn:epc:id:sgtin:0614141.107346.5", "shipping");
        capture(tea, after);
        assertThat(documents.poll(20, TimeUnit.SECONDS)).contains(EventHashId.of(after));
        subscriptions.deleteQuery(tea, "shipped");
        assertThat(closed.poll(5, TimeUnit.SECONDS)).contains("deleted");
    }

    private void capture(Principal who, EpcisEvent... events) {
        List<EpcisEvent> list = List.of(events);
        assertThat(f.repository.capture(who, list, list.stream().map(EventHashId::of).toList(), "application/json",
                new byte[0], false).succeeded()).isTrue();
    }

    private static EpcisEvent event(String epc, String bizStep) {
        return VALIDATOR.readJsonEvent("""
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                  "type": "ObjectEvent", "eventTime": "2026-03-01T10:00:00.%03d+08:00", "eventTimeZoneOffset": "+08:00",
                  "epcList": ["%s"], "action": "OBSERVE", "bizStep": "%s"}
                """.formatted(Math.abs(epc.hashCode() % 1000), epc, bizStep));
    }
}
