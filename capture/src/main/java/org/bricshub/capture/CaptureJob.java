package org.bricshub.capture;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A capture job (EPCIS 2.0 REST binding, {@code GET /capture/{captureID}}).
 *
 * @param id the job number
 * @param status {@code running}, {@code succeeded} or {@code failed}
 * @param errorBehaviour {@code rollback} or {@code proceed} (the GS1-Capture-Error-Behaviour asked for)
 * @param receivedAt when the document arrived
 * @param finishedAt when the job ended, or {@code null}
 * @param eventCount the events stored
 * @param errors what went wrong, one line each
 */
public record CaptureJob(long id, String status, String errorBehaviour, Instant receivedAt, Instant finishedAt, int eventCount,
        List<String> errors) {
    public CaptureJob {
        Objects.requireNonNull(status, "status");
        errors = List.copyOf(errors);
    }

    /** Whether the job ended without error (events may have been skipped under "proceed"). */
    public boolean succeeded() {
        return status.equals("succeeded");
    }
}
