package org.bricshub.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.util.stream.Collectors;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * Reads JSON request bodies into records, turning every way a body can be wrong into a 400 or 415 that names the
 * field: malformed JSON, an unknown field, a value of the wrong type, a missing body.
 */
public final class JsonBodies {
    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    /** The mapper every route uses: ISO-8601 times, unknown fields refused, trailing tokens refused. */
    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new UnsupportedMediaTypeException("the request body must be application/json, got "
                    + (contentType == null ? "no Content-Type" : contentType));
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new InvalidInputException("body", "a JSON object is required, got null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(pointer(e), "unknown field; accepted: " + e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ")));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid; // a record's compact constructor refused a value
            }
            throw new InvalidInputException(pointer(e), "wrong type or shape: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new InvalidInputException("body", "unreadable: " + e.getMessage());
        }
    }

    private static String pointer(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()))
                .collect(Collectors.joining("/"));
        return path.isEmpty() ? "body" : path;
    }
}
