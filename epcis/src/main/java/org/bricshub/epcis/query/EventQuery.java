package org.bricshub.epcis.query;

import java.util.List;
import org.bricshub.epcis.QualifiedName;

/**
 * A parsed event query (EPCIS 2.0 §8.2.7.1 SimpleEventQuery over the REST binding): the conditions every result
 * must meet, the ordering, the limits and the paging position. Build it with {@link EventQueryParser}.
 *
 * @param conditions the restrictions, in parameter order
 * @param orderBy {@code eventTime}, {@code recordTime} or an extension field ({@code prefix:name}); {@code null}
 *     for no order
 * @param orderByExtension the extension field {@code orderBy} names, resolved to its namespace; {@code null} when
 *     {@code orderBy} is a standard field or absent
 * @param orderDirection the direction, {@code DESC} unless given
 * @param eventCountLimit return at most this many events, or {@code null}
 * @param maxEventCount fail when more than this many events match, or {@code null}
 * @param perPage page size, or {@code null} for the server's default
 * @param nextPageToken the opaque position of the next page, or {@code null} for the first
 */
public record EventQuery(
    List<QueryCondition> conditions,
    String orderBy,
    QualifiedName orderByExtension,
    OrderDirection orderDirection,
    Integer eventCountLimit,
    Integer maxEventCount,
    Integer perPage,
    String nextPageToken) {

  /** The direction of {@code orderBy}. */
  public enum OrderDirection { ASC, DESC }

  public EventQuery {
    conditions = List.copyOf(conditions);
    if (orderDirection == null) {
      orderDirection = OrderDirection.DESC;
    }
  }

  /** This query with more conditions, each result meeting them too (a browse resource's, a subscription's). */
  public EventQuery and(List<QueryCondition> more) {
    List<QueryCondition> all = new java.util.ArrayList<>(conditions);
    all.addAll(more);
    return new EventQuery(all, orderBy, orderByExtension, orderDirection, eventCountLimit, maxEventCount, perPage,
        nextPageToken);
  }

  /** This query at another page. */
  public EventQuery page(Integer size, String token) {
    return new EventQuery(conditions, orderBy, orderByExtension, orderDirection, eventCountLimit, maxEventCount, size,
        token);
  }

  /** The conditions of one kind, e.g. {@code conditionsOf(QueryCondition.EpcMatch.class)}. */
  public <T extends QueryCondition> List<T> conditionsOf(Class<T> kind) {
    return conditions.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
