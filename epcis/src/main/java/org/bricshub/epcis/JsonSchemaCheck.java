package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates JSON-LD documents and single events against the GS1 EPCIS 2.0 JSON schema (the root schema dispatches on
 * {@code type}). Loaded once; thread-safe.
 */
final class JsonSchemaCheck {
  private static final String SCHEMA = "schema/EPCIS-JSON-Schema.json";

  private final Schema schema;

  JsonSchemaCheck() {
    try (InputStream in = JsonSchemaCheck.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA);
      }
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every schema violation, located by JSON pointer, duplicates removed, in the order the validator found them. */
  List<Violation> violations(JsonNode document) {
    Set<Violation> found = new LinkedHashSet<>();
    for (Error error : schema.validate(document)) {
      String pointer = pointer(error.getInstanceLocation());
      found.add(new Violation(pointer, "schema: " + message(error, pointer)));
    }
    return new ArrayList<>(found);
  }

  private static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer.append('/').append(JsonExtensionCodec.escape(String.valueOf(path.getElement(i))));
    }
    return pointer.toString();
  }

  private static String message(Error error, String pointer) {
    String message = error.getMessage();
    String located = pointer.isEmpty() ? "$" : pointer;
    for (String prefix : List.of(located + ": ", "$" + pointer.replace('/', '.') + ": ", ": ")) {
      if (message.startsWith(prefix)) {
        return message.substring(prefix.length());
      }
    }
    return message;
  }
}
