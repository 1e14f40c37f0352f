package org.bricshub.epcis.query;

import java.util.List;

/**
 * A query parameter is unknown, malformed or inconsistent with another: the standard's
 * {@code QueryParameterException} (EPCIS 2.0 §8.2.7, REST binding 400). Names every offending parameter.
 */
public final class QueryParameterException extends RuntimeException {
  private final List<Problem> problems;

  /**
   * One offending parameter.
   *
   * @param parameter the parameter name as received
   * @param rule what is wrong with it
   */
  public record Problem(String parameter, String rule) {
    @Override
    public String toString() {
      return parameter + ": " + rule;
    }
  }

  /** An exception carrying at least one problem. */
  public QueryParameterException(List<Problem> problems) {
    super(problems.isEmpty() ? "" : problems.size() == 1 ? problems.getFirst().toString()
        : problems.size() + " query parameter problems, first " + problems.getFirst());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a query parameter exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every offending parameter, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  /** The names of the offending parameters. */
  public List<String> parameters() {
    return problems.stream().map(Problem::parameter).toList();
  }
}
