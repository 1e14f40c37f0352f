package org.bricshub.epcis.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SimpleMasterDataQuery (EPCIS 1.2 §8.2.7.2, kept by the EPCIS 2.0 query XSD's {@code VocabularyList} results): the
 * vocabulary elements that satisfy every given condition. Empty sets mean "no condition".
 *
 * @param vocabularyNames {@code vocabularyName}: the vocabulary types to draw from (all when empty)
 * @param includeAttributes whether the results carry attributes
 * @param includeChildren whether the results carry children lists
 * @param attributeNames {@code attributeNames}: the attributes to include (all when empty); selects no element
 * @param names {@code EQ_name}: element IDs
 * @param withDescendants {@code WD_name}: element IDs, with their direct and indirect children
 * @param hasAttributes {@code HASATTR}: the element has a non-null attribute of one of these names
 * @param attributeValues {@code EQ_ATTR_attr} (or {@code EQATTR_attr}): attribute name to the values one of which
 *     the attribute must equal
 * @param maxElementCount fail with QueryTooLargeException when more elements match, or {@code null}
 * @param perPage page size, or {@code null} for the server's default
 * @param nextPageToken the opaque position of the next page, or {@code null} for the first
 */
public record MasterDataQuery(
    Set<String> vocabularyNames,
    boolean includeAttributes,
    boolean includeChildren,
    Set<String> attributeNames,
    Set<String> names,
    Set<String> withDescendants,
    Set<String> hasAttributes,
    Map<String, List<String>> attributeValues,
    Integer maxElementCount,
    Integer perPage,
    String nextPageToken) {

  public MasterDataQuery {
    vocabularyNames = Set.copyOf(vocabularyNames);
    attributeNames = Set.copyOf(attributeNames);
    names = Set.copyOf(names);
    withDescendants = Set.copyOf(withDescendants);
    hasAttributes = Set.copyOf(hasAttributes);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    attributeValues.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    attributeValues = java.util.Collections.unmodifiableMap(copy);
  }

  /** This query for another page. */
  public MasterDataQuery withPage(Integer size, String token) {
    return new MasterDataQuery(vocabularyNames, includeAttributes, includeChildren, attributeNames, names,
        withDescendants, hasAttributes, attributeValues, maxElementCount, size, token);
  }
}
