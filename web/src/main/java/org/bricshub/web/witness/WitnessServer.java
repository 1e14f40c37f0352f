package org.bricshub.web.witness;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.bricshub.ledger.witness.Witness;
import org.bricshub.ledger.witness.WitnessOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A standalone witness over HTTP (C2SP tlog-witness): {@code POST /add-checkpoint} and, for operators of logs,
 * {@code GET /key} with the witness's cosignature/v1 verifier key. Plain text in and out, as the spec lays down; no
 * database, no API keys (the spec authenticates requests by the log's signature only).
 */
public final class WitnessServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WitnessServer.class);
    // A checkpoint with its signatures and 63 proof lines fits in a few KiB; anything much larger is not a request.
    private static final long MAX_REQUEST_BYTES = 64 * 1024;

    private final Javalin javalin;

    private WitnessServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts serving {@code witness} on {@code host}:{@code port} (0 picks a free port). */
    public static WitnessServer start(String host, int port, Witness witness) {
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.host = host;
            config.jetty.port = port;
            config.routes.addHttpHandler(HandlerType.POST, "/add-checkpoint", ctx -> addCheckpoint(ctx, witness));
            config.routes.addHttpHandler(HandlerType.GET, "/key", ctx -> ctx.contentType("text/plain; charset=utf-8")
                    .result(witness.verifierKey() + "\n"));
        });
        javalin.start();
        return new WitnessServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }

    private static void addCheckpoint(Context ctx, Witness witness) {
        switch (witness.addCheckpoint(ctx.bodyAsBytes())) {
            case WitnessOutcome.Cosigned cosigned -> ctx.status(200).contentType("text/plain; charset=utf-8")
                    .result(cosigned.signatureLines());
            case WitnessOutcome.Conflict conflict -> {
                LOG.info("add-checkpoint conflict: {}", conflict.reason());
                ctx.status(409).contentType("text/x.tlog.size").result(conflict.latestSize() + "\n");
            }
            case WitnessOutcome.Refused refused -> {
                LOG.info("add-checkpoint refused ({}): {}", refused.refusal(), refused.reason());
                ctx.status(refused.refusal().status()).contentType("text/plain; charset=utf-8")
                        .result(refused.reason() + "\n");
            }
        }
    }
}
