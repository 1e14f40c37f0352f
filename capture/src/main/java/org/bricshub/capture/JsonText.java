package org.bricshub.capture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;

/** Lists of strings as JSON text, for the jsonb columns of capture jobs. */
final class JsonText {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonText() {}

    static String array(List<String> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    static List<String> strings(String json) {
        try {
            return Arrays.asList(MAPPER.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("capture_jobs.errors holds a JSON array of strings: " + json, e);
        }
    }
}
