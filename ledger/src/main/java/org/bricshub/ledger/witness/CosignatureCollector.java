package org.bricshub.ledger.witness;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.bricshub.ledger.Ledger;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.LogVerificationException;
import org.bricshub.merkle.NoteSignature;
import org.bricshub.merkle.SignedNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log side of C2SP tlog-witness: after each checkpoint the ledger publishes, sends {@code add-checkpoint} to
 * every configured witness (in parallel, on its own thread, so appends never wait), retries once with the size a
 * witness answers in a 409, verifies the cosignatures returned (C2SP tlog-cosignature) and, when at least
 * {@code quorum} witnesses cosigned, republishes the checkpoint carrying them ({@link Ledger#publishCosigned}).
 * Checkpoints published while a round runs are coalesced: only the newest is offered next.
 */
public final class CosignatureCollector implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CosignatureCollector.class);

    private final Ledger ledger;
    private final List<WitnessEndpoint> witnesses;
    private final int quorum;
    private final Duration timeout;
    private final HttpClient http;
    private final ExecutorService worker;
    private final AtomicReference<byte[]> pending = new AtomicReference<>();
    // The size each witness holds for our origin, as far as we know; 0 until it tells us otherwise.
    private final Map<WitnessEndpoint, Long> witnessSizes = new ConcurrentHashMap<>();

    private CosignatureCollector(Ledger ledger, List<WitnessEndpoint> witnesses, int quorum, Duration timeout) {
        this.ledger = ledger;
        this.witnesses = List.copyOf(witnesses);
        this.quorum = quorum;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("ledger-cosigning").daemon().factory());
    }

    /**
     * Starts collecting cosignatures for every checkpoint {@code ledger} publishes from now on, and for its latest.
     *
     * @param quorum  how many of {@code witnesses} must cosign before a checkpoint is republished, 1..n
     * @param timeout how long one witness may take to answer
     * @throws IllegalArgumentException if the quorum is out of range or there are no witnesses
     */
    public static CosignatureCollector attach(Ledger ledger, List<WitnessEndpoint> witnesses, int quorum,
            Duration timeout) {
        if (witnesses.isEmpty() || quorum < 1 || quorum > witnesses.size()) {
            throw new IllegalArgumentException("the witness quorum must be between 1 and the " + witnesses.size()
                    + " witnesses, got " + quorum);
        }
        CosignatureCollector collector = new CosignatureCollector(ledger, witnesses, quorum, timeout);
        ledger.requireCosignatures();  // proofs then wait for the checkpoints the quorum cosigned
        ledger.onCheckpoint(collector::offer);
        collector.offer(ledger.latestCheckpoint());
        return collector;
    }

    /**
     * Asks every witness to cosign {@code note} (a checkpoint the ledger signed) now, and republishes it with the
     * cosignatures if the quorum was reached and it is still the latest checkpoint.
     *
     * @return the note with every valid cosignature received, if at least {@code quorum} witnesses cosigned
     */
    public Optional<byte[]> cosign(byte[] note) {
        SignedNote signed = SignedNote.parse(note);
        Checkpoint checkpoint = Checkpoint.parse(signed.text());
        if (checkpoint.size() == 0) {
            return Optional.empty();
        }
        List<CompletableFuture<List<NoteSignature>>> answers = new ArrayList<>();
        for (WitnessEndpoint witness : witnesses) {
            answers.add(ask(witness, signed, checkpoint, true));
        }
        List<NoteSignature> signatures = new ArrayList<>(signed.signatures());
        int cosigned = 0;
        for (CompletableFuture<List<NoteSignature>> answer : answers) {
            List<NoteSignature> cosignatures = answer.join();
            if (!cosignatures.isEmpty()) {
                cosigned++;
                // A note served again after a restart may carry older cosignatures by the same keys: replace them.
                signatures.removeIf(s -> cosignatures.stream()
                        .anyMatch(c -> c.name().equals(s.name()) && c.keyId() == s.keyId()));
                signatures.addAll(cosignatures);
            }
        }
        if (cosigned < quorum) {
            LOG.warn("checkpoint {} of {} has {} of the {} cosignatures required", checkpoint.size(),
                    checkpoint.origin(), cosigned, quorum);
            return Optional.empty();
        }
        byte[] result = new SignedNote(signed.text(), signatures).format().getBytes(StandardCharsets.UTF_8);
        try {
            ledger.publishCosigned(result);
        } catch (LogVerificationException e) {
            LOG.debug("cosigned checkpoint {} was overtaken by a newer one", checkpoint.size());
        }
        return Optional.of(result);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        http.close();
    }

    private void offer(byte[] note) {
        // After close (the ledger's final checkpoint comes then) there is no one left to ask.
        if (!worker.isShutdown() && pending.getAndSet(note) == null) {
            worker.execute(() -> {
                byte[] latest = pending.getAndSet(null);
                if (latest != null) {
                    try {
                        cosign(latest);
                    } catch (RuntimeException e) {
                        LOG.error("collecting cosignatures failed", e);
                    }
                }
            });
        }
    }

    private CompletableFuture<List<NoteSignature>> ask(WitnessEndpoint witness, SignedNote note, Checkpoint checkpoint,
            boolean mayRetry) {
        long oldSize = witnessSizes.getOrDefault(witness, 0L);
        if (oldSize > checkpoint.size()) {
            return CompletableFuture.completedFuture(List.of());
        }
        AddCheckpointRequest request = new AddCheckpointRequest(oldSize,
                ledger.consistencyProof(oldSize, checkpoint.size()).hashes(), note);
        HttpRequest post = HttpRequest.newBuilder(witness.addCheckpointUri()).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.encode())).build();
        return http.sendAsync(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenCompose(response -> switch (response.statusCode()) {
                    case 200 -> CompletableFuture.completedFuture(verified(witness, note, checkpoint, response.body()));
                    case 409 -> {
                        Optional<Long> size = parseSize(response.body());
                        size.ifPresent(s -> witnessSizes.put(witness, s));
                        yield mayRetry && size.isPresent() && size.get() != oldSize
                                ? ask(witness, note, checkpoint, false)
                                : refused(witness, checkpoint, response);
                    }
                    default -> refused(witness, checkpoint, response);
                })
                .exceptionally(e -> {
                    LOG.warn("witness {} at {} did not answer for checkpoint {}: {}", witness.name(), witness.url(),
                            checkpoint.size(), e.getMessage());
                    return List.of();
                });
    }

    private List<NoteSignature> verified(WitnessEndpoint witness, SignedNote note, Checkpoint checkpoint,
            String lines) {
        try {
            List<NoteSignature> cosignatures = SignedNote.parse(note.text() + "\n" + lines)
                    .verify(List.of(witness.verifier()));
            witnessSizes.put(witness, checkpoint.size());
            return cosignatures;
        } catch (RuntimeException e) {
            LOG.warn("witness {} returned no valid cosignature for checkpoint {}: {}", witness.name(),
                    checkpoint.size(), e.getMessage());
            return List.of();
        }
    }

    private static CompletableFuture<List<NoteSignature>> refused(WitnessEndpoint witness, Checkpoint checkpoint,
            HttpResponse<String> response) {
        LOG.warn("witness {} refused checkpoint {} of {}: {} {}", witness.name(), checkpoint.size(),
                checkpoint.origin(), response.statusCode(), response.body().strip());
        return CompletableFuture.completedFuture(List.of());
    }

    private static Optional<Long> parseSize(String body) {
        try {
            return Optional.of(Long.parseLong(body.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
