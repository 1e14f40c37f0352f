package org.bricshub.web.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bricshub.web.TestServer;

/** Test aid: capture jobs run in the background; tests read them once they have ended. */
final class CaptureJobAwait {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CaptureJobAwait() {
    }

    /** The job at this location once it is no longer running (bounded wait). */
    static JsonNode ended(TestServer t, String location, String key) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            try {
                JsonNode job = JSON.readTree(t.get(location, key).body());
                if (!job.get("running").asBoolean() || System.nanoTime() > deadline) {
                    return job;
                }
                Thread.sleep(10);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
