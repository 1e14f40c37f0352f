package org.bricshub.web.log;

import static org.bricshub.web.api.Schemas.arrayOf;
import static org.bricshub.web.api.Schemas.integer;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.bricshub.ledger.Ledger;
import org.bricshub.merkle.ConsistencyProof;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.InclusionProof;
import org.bricshub.merkle.TilePath;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;

/**
 * The verifiable log over HTTP, laid out as C2SP tlog-tiles: {@code /log/checkpoint}, {@code /log/tile/<L>/<N>[.p/<W>]}
 * and {@code /log/tile/entries/<N>[.p/<W>]}; the key at {@code /log/key}; inclusion and consistency proofs as JSON;
 * the browser's verifier at {@code /log/verify.js}.
 * Tiles never change once written (a partial tile of width W neither), so they are cacheable forever; the
 * checkpoint changes and is cacheable for a moment only.
 */
public final class LogRoutes implements Routes {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Map<String, Object> HASHES = arrayOf(string("SHA-256 hash, base64"));

    /** The browser's verifier: proofs and signatures checked on the phone, with no trust in this server. */
    private static final byte[] VERIFY_JS = resource("/web/log/verify.js");

    private final Ledger ledger;

    public LogRoutes(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void register(ApiRouter router) {
        router.plain(HandlerType.GET, "/log/checkpoint", ctx -> ctx
                .header("Cache-Control", "public, max-age=1")
                .contentType("text/plain; charset=utf-8").result(ledger.latestCheckpoint()));
        router.plain(HandlerType.GET, "/log/key", ctx -> ctx
                .header("Cache-Control", "public, max-age=3600")
                .contentType("text/plain; charset=utf-8").result(ledger.origin() + "\n" + ledger.verifierKey() + "\n"));
        router.plain(HandlerType.GET, "/log/tile/<path>", this::tile);
        router.plain(HandlerType.GET, "/log/verify.js", ctx -> ctx
                .header("Cache-Control", "public, max-age=3600")
                .contentType("text/javascript; charset=utf-8").result(VERIFY_JS));
        router.api(ApiOperation.get("/api/log/proof/inclusion", "log",
                "Inclusion proof of leaf `index` in the tree of size `size` (RFC 9162 §2.1.3)", false,
                object(properties(Map.entry("index", integer("Leaf index")), Map.entry("treeSize", integer("Tree size")),
                        Map.entry("leafHash", string("Leaf hash, base64")), Map.entry("hashes", HASHES)),
                        List.of("index", "treeSize", "hashes"))), this::inclusion);
        router.api(ApiOperation.get("/api/log/proof/consistency", "log",
                "Consistency proof between tree sizes `from` and `to` (RFC 9162 §2.1.4)", false,
                object(properties(Map.entry("from", integer("Smaller tree size")), Map.entry("to", integer("Larger tree size")),
                        Map.entry("hashes", HASHES)), List.of("from", "to", "hashes"))), this::consistency);
    }

    private void tile(Context ctx) {
        TilePath path = TilePath.parse("tile/" + ctx.pathParam("path"));
        byte[] tile = ledger.read(path).orElseThrow(() -> new NotFoundException(
                "tile " + path.path() + " is beyond the latest checkpoint (size " + ledger.treeSize() + ")"));
        ctx.header("Cache-Control", IMMUTABLE).contentType("application/octet-stream").result(tile);
    }

    private void inclusion(Context ctx) {
        long size = number(ctx, "size", ledger.treeSize());
        long index = number(ctx, "index", -1);
        if (index < 0 || index >= size) {
            throw new InvalidInputException("index", "must be a leaf index below size " + size);
        }
        InclusionProof proof = ledger.inclusionProof(index, size);
        ctx.json(Map.of("index", index, "treeSize", size, "leafHash", ledger.leafHash(index).base64(),
                "hashes", base64(proof.hashes())));
    }

    private void consistency(Context ctx) {
        long to = number(ctx, "to", ledger.treeSize());
        long from = number(ctx, "from", -1);
        if (from < 1 || from > to) {
            throw new InvalidInputException("from", "must be between 1 and to (" + to + ")");
        }
        ConsistencyProof proof = ledger.consistencyProof(from, to);
        ctx.json(Map.of("from", from, "to", to, "hashes", base64(proof.hashes())));
    }

    private static byte[] resource(String name) {
        try (var in = LogRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> base64(List<Hash> hashes) {
        return hashes.stream().map(Hash::base64).toList();
    }

    /** A whole-number query parameter; {@code fallback} when absent (a negative fallback makes it required). */
    private static long number(Context ctx, String name, long fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            if (fallback < 0) {
                throw new InvalidInputException(name, "is required");
            }
            return fallback;
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number, got '" + raw + "'");
        }
    }
}
