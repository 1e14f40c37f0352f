package org.bricshub.web.http;

import java.util.List;
import java.util.Map;
import org.bricshub.platform.problem.ProblemException;

/**
 * An exception of the EPCIS 2.0 REST binding (openapi.yaml, components/responses), whose problem type is the CURIE
 * the binding names, e.g. {@code epcisException:ValidationException}, listing each violation found.
 */
final class EpcisProblem extends ProblemException {
  private final String listName;
  private final List<Map<String, String>> items;

  EpcisProblem(int status, String exception, String title, String detail, String listName,
      List<Map<String, String>> items) {
    super(status, "epcisException:" + exception, title, detail);
    this.listName = listName;
    this.items = List.copyOf(items);
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of(listName, items);
  }
}
