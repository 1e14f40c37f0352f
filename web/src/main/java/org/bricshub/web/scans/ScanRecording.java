package org.bricshub.web.scans;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.bricshub.gs1.AiElement;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.trace.LanguageAsked;
import org.bricshub.trace.Scan;
import org.bricshub.trace.ScanRecorder;
import org.bricshub.web.http.RequestView;
import org.bricshub.web.resolver.ScanListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each resolved scan of a GTIN-keyed Digital Link to the {@link ScanRecorder}: time, code, the language asked
 * for (negotiated later by the writer) and, when configured, the country a trusted proxy put in a header. Never the
 * client's address. Costs a queue offer on the request thread; never throws.
 *
 * <p>The scan's identifier is left on requests that the routes answer as {@link ScanListener#SCAN_ID}, so that the
 * page can let the browser report a coarse place for it ({@code POST /api/scans/{scanId}/place}, see
 * {@link #scanId(Context)}).
 */
public final class ScanRecording implements ScanListener {
    private static final Logger LOG = LoggerFactory.getLogger(ScanRecording.class);
    private final ScanRecorder recorder;
    private final Clock clock;
    private final Optional<String> countryHeader;
    private final LongAdder failures = new LongAdder();

    /** @param countryHeader the trusted proxy's country header (setting scan.country.header), or empty */
    public ScanRecording(ScanRecorder recorder, Clock clock, Optional<String> countryHeader) {
        this.recorder = recorder;
        this.clock = clock;
        this.countryHeader = countryHeader;
    }

    @Override
    public Optional<UUID> scanned(RequestView request, DigitalLink link) {
        try {
            return record(link, request.queryParam("lang"), request.header("Accept-Language"),
                    countryHeader.isEmpty() ? null : request.header(countryHeader.get()));
        } catch (RuntimeException e) {
            failures.increment();
            LOG.debug("scan not recorded: {}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * The request-thread work of one scan, without the web framework (what {@link #scanned} does; benchmarked).
     *
     * @param countryValue the trusted proxy header's value, or null
     * @return the scan's identifier when it was queued; empty for a link without a GTIN or a full queue
     */
    public Optional<UUID> record(DigitalLink link, String langParam, String acceptLanguage, String countryValue) {
        if (!link.primaryKey().ai().equals("01")) {
            return Optional.empty();  // SSCC, GLN, ... scans belong to no product owner's analytics
        }
        String lot = null;
        String serial = null;
        for (AiElement q : link.qualifiers()) {  // not link.value(ai): that copies the element list per call
            switch (q.ai()) {
                case "10" -> lot = q.value();
                case "21" -> serial = q.value();
                default -> { }
            }
        }
        Instant at = clock.instant();
        UUID id = Scan.newId(at, ThreadLocalRandom.current().nextLong());
        String gtin = link.primaryKey().value();
        if (gtin.length() < 14) {
            gtin = "0".repeat(14 - gtin.length()) + gtin;  // GTIN-8/12/13 written as GTIN-14, as products are stored
        }
        Scan scan = new Scan(id, at, gtin, Optional.ofNullable(lot), Optional.ofNullable(serial),
                new LanguageAsked(langParam, acceptLanguage), country(countryValue));
        return recorder.record(scan) ? Optional.of(id) : Optional.empty();
    }

    /** The identifier of the scan recorded for this request, if one was. */
    public static Optional<UUID> scanId(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ScanListener.SCAN_ID));
    }

    /** Scans that could not even be queued because their facts were unusable. */
    public long failures() {
        return failures.sum();
    }

    /** The proxy's country when it is an assigned-looking alpha-2 code (Cloudflare's XX and T1 mean "unknown"). */
    private static Optional<String> country(String value) {
        if (value == null || value.length() != 2) {
            return Optional.empty();
        }
        char a = Character.toUpperCase(value.charAt(0));
        char b = Character.toUpperCase(value.charAt(1));
        if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z' || (a == 'X' && b == 'X')) {
            return Optional.empty();
        }
        return Optional.of(new String(new char[] {a, b}));
    }
}
