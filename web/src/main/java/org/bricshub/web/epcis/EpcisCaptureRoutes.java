package org.bricshub.web.epcis;

import static org.bricshub.web.api.Schemas.arrayOf;
import static org.bricshub.web.api.Schemas.integer;
import static org.bricshub.web.api.Schemas.object;
import static org.bricshub.web.api.Schemas.properties;
import static org.bricshub.web.api.Schemas.string;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bricshub.capture.CaptureJob;
import org.bricshub.capture.CaptureJobPage;
import org.bricshub.capture.CaptureJobs;
import org.bricshub.capture.EventRepository;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.epcis.EventHashId;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.problem.ConflictException;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;

/**
 * Capture by the EPCIS 2.0 REST binding (openapi.yaml {@code /capture}, {@code /capture/{captureID}},
 * {@code POST /events}). A document is validated and authorised in the request, stored durably as a capture job and
 * answered with 202 and the job's Location at once; the job stores the events in the background, and
 * {@code GET /epcis/capture/{captureID}} shows it running, succeeded or failed with its errors. {@code POST /events}
 * captures one event before it answers. Limits are advertised by {@code OPTIONS /epcis/capture}.
 */
public final class EpcisCaptureRoutes implements Routes {
    static final String EPCIS_VERSION = "2.0.0";
    static final String CBV_VERSION = "2.0.0";
    private static final Map<String, Object> JOB = object(properties(
            Map.entry("captureID", string("The capture job")), Map.entry("createdAt", string("When it arrived")),
            Map.entry("finishedAt", string("When it ended")), Map.entry("running", Map.of("type", "boolean")),
            Map.entry("success", Map.of("type", "boolean")),
            Map.entry("captureErrorBehaviour", string("rollback or proceed")),
            Map.entry("eventCount", integer("Events stored")), Map.entry("errors", arrayOf(string("An error")))),
            List.of("captureID", "running", "success", "errors"));

    private final EventRepository repository;
    private final CaptureJobs jobs;
    private final Callers callers;
    private final EpcisBodies bodies = new EpcisBodies();
    private final int maxEvents;
    private final long maxBytes;

    /**
     * @param maxEvents the most events one capture may hold (GS1-EPCIS-Capture-Limit)
     * @param maxBytes the largest capture body (GS1-EPCIS-Capture-File-Size-Limit)
     */
    public EpcisCaptureRoutes(EventRepository repository, CaptureJobs jobs, Callers callers, int maxEvents,
            long maxBytes) {
        this.repository = repository;
        this.jobs = jobs;
        this.callers = callers;
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
    }

    @Override
    public void register(ApiRouter router) {
        router.api(new ApiOperation(HandlerType.POST, "/epcis/capture", "epcis",
                "Capture an EPCISDocument (JSON-LD or XML; master data in its header, with or without events) or an "
                + "XML EPCISMasterDataDocument; 202 with the Location of the capture job, which runs in the background; "
                + "503 with Retry-After when the capture queue is full", true, null, 202,
                null), this::capture);
        router.api(new ApiOperation(HandlerType.GET, "/epcis/capture", "epcis",
                "The capture jobs of the caller's organisation, newest first, paged by perPage and nextPageToken "
                + "(Link: rel=\"next\")", true, null, 200, arrayOf(JOB)), this::jobs);
        router.api(new ApiOperation(HandlerType.GET, "/epcis/capture/{captureID}", "epcis",
                "The status and errors of a capture job", true, null, 200, JOB), this::job);
        router.plain(HandlerType.OPTIONS, "/epcis/capture", this::options);
        router.api(new ApiOperation(HandlerType.POST, "/epcis/events", "epcis",
                "Capture one event; 201 with its Location, 409 when its hash ID is already captured", true, null, 201,
                null), this::captureOne);
    }

    private void options(Context ctx) {
        versions(ctx);
        ctx.header("Allow", "OPTIONS, GET, POST")
                .header("GS1-EPCIS-Capture-Limit", Integer.toString(maxEvents))
                .header("GS1-EPCIS-Capture-File-Size-Limit", Long.toString(maxBytes))
                .header("GS1-Capture-Error-Behaviour", "rollback, proceed")
                .status(204);
    }

    private void capture(Context ctx) {
        Principal caller = callers.require(ctx);
        requireSize(ctx);
        EpcisDocument document = bodies.document(ctx);
        if (document.events().size() > maxEvents) {
            throw new CaptureTooLargeException(document.events().size() + " events exceed the capture limit of "
                    + maxEvents + " (GS1-EPCIS-Capture-Limit)");
        }
        CaptureJob job = jobs.submit(caller, document.events(), EventHashId.ofDocument(document), document.masterData(),
                ctx.contentType(), ctx.bodyAsBytes(), proceedOnError(ctx));
        versions(ctx);
        ctx.status(202).header("Location", "/epcis/capture/" + job.id()).json(json(job));
    }

    private void captureOne(Context ctx) {
        Principal caller = callers.require(ctx);
        requireSize(ctx);
        List<EpcisEvent> events = bodies.singleEvent(ctx);
        if (events.size() != 1) {
            throw new InvalidInputException("body", "POST /epcis/events takes exactly one event, got " + events.size());
        }
        String hashId = EventHashId.of(events.getFirst());
        CaptureJob job = repository.capture(caller, events, List.of(hashId), ctx.contentType(), ctx.bodyAsBytes(),
                false);
        if (!job.succeeded()) {
            throw new ConflictException(String.join("; ", job.errors()));
        }
        String eventId = events.getFirst().common().eventID() == null ? hashId : events.getFirst().common().eventID();
        versions(ctx);
        ctx.status(201).header("Location", "/epcis/events/" + URLEncoder.encode(eventId, StandardCharsets.UTF_8))
                .json(Map.of("eventID", eventId, "eventHashID", hashId, "captureID", Long.toString(job.id())));
    }

    private void jobs(Context ctx) {
        Principal caller = callers.require(ctx);
        CaptureJobPage page = repository.jobs(caller, EpcisBrowseRoutes.perPage(ctx.queryParam("perPage")),
                ctx.queryParam("nextPageToken"));
        if (page.nextPageToken() != null) {
            ctx.header("Link", "<" + EventPages.nextPage(ctx, page.nextPageToken()) + ">; rel=\"next\"");
        }
        versions(ctx);
        ctx.json(page.jobs().stream().map(EpcisCaptureRoutes::json).toList());
    }

    private void job(Context ctx) {
        Principal caller = callers.require(ctx);
        String raw = ctx.pathParam("captureID");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("no capture job " + raw);
        }
        CaptureJob job = repository.job(caller, id).orElseThrow(() -> new NotFoundException("no capture job " + raw));
        versions(ctx);
        ctx.json(json(job));
    }

    private void requireSize(Context ctx) {
        long length = ctx.bodyAsBytes().length;
        if (length > maxBytes) {
            throw new CaptureTooLargeException("the body of " + length + " bytes exceeds the capture limit of " + maxBytes
                    + " bytes (GS1-EPCIS-Capture-File-Size-Limit)");
        }
    }

    /** GS1-Capture-Error-Behaviour: {@code rollback} (default) or {@code proceed}; {@code all} is read as proceed. */
    private static boolean proceedOnError(Context ctx) {
        String value = ctx.header("GS1-Capture-Error-Behaviour");
        if (value == null || value.equals("rollback")) {
            return false;
        }
        if (value.equals("proceed") || value.equals("all")) {
            return true;
        }
        throw new InvalidInputException("GS1-Capture-Error-Behaviour", "must be rollback, proceed or all, got '"
                + value + "'");
    }

    static void versions(Context ctx) {
        ctx.header("GS1-EPCIS-Version", EPCIS_VERSION).header("GS1-CBV-Version", CBV_VERSION)
                .header("GS1-EPCIS-Min", EPCIS_VERSION).header("GS1-EPCIS-Max", EPCIS_VERSION)
                .header("GS1-CBV-Min", CBV_VERSION).header("GS1-CBV-Max", CBV_VERSION);
    }

    private static Map<String, Object> json(CaptureJob job) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("captureID", Long.toString(job.id()));
        out.put("createdAt", job.receivedAt().toString());
        if (job.finishedAt() != null) {
            out.put("finishedAt", job.finishedAt().toString());
        }
        out.put("running", job.status().equals("running"));
        out.put("success", job.succeeded() && job.errors().isEmpty());
        out.put("captureErrorBehaviour", job.errorBehaviour());
        out.put("eventCount", job.eventCount());
        out.put("errors", job.errors());
        return out;
    }
}
