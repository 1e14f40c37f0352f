package org.bricshub.epcis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An EPCISDocument or EPCISQueryDocument (EPCIS 2.0 §9.3, §10.2): a list of events with document metadata.
 *
 * @param namespaces the JSON-LD context URLs and prefixes (in XML: the declared namespaces)
 * @param id the document IRI (JSON-LD {@code id}), or {@code null}
 * @param schemaVersion {@code 2.0}
 * @param creationDate when the document was created
 * @param header the {@code epcisHeader} (XML {@code EPCISHeader}) members kept as written, or {@code null}; master
 *     data is not among them
 * @param masterData the master data the header carries ({@link MasterData#NONE} when none)
 * @param queryResults non-null for an EPCISQueryDocument: the query name and subscription
 * @param events the events, in document order
 * @param extensions other document-level members (e.g. {@code sender}, {@code receiver}), in document order
 */
public record EpcisDocument(
    DocumentNamespaces namespaces,
    String id,
    String schemaVersion,
    OffsetDateTime creationDate,
    ExtensionValue.Element header,
    MasterData masterData,
    QueryResults queryResults,
    List<EpcisEvent> events,
    List<Extension> extensions) {

  public EpcisDocument {
    Objects.requireNonNull(namespaces, "namespaces");
    Objects.requireNonNull(schemaVersion, "schemaVersion is required");
    Objects.requireNonNull(creationDate, "creationDate is required");
    masterData = masterData == null ? MasterData.NONE : masterData;
    events = List.copyOf(events);
    extensions = List.copyOf(extensions);
  }

  /** An EPCISDocument of these events, with the standard context and no extra metadata. */
  public static EpcisDocument of(OffsetDateTime creationDate, List<EpcisEvent> events) {
    return new EpcisDocument(DocumentNamespaces.standard(), null, "2.0", creationDate, null, MasterData.NONE, null,
        events, List.of());
  }

  /** This document carrying {@code masterData} in its header instead of what it had. */
  public EpcisDocument withMasterData(MasterData masterData) {
    return new EpcisDocument(namespaces, id, schemaVersion, creationDate, header, masterData, queryResults, events,
        extensions);
  }

  /** Whether this is an EPCISQueryDocument rather than an EPCISDocument. */
  public boolean isQueryDocument() {
    return queryResults != null;
  }

  /**
   * The results part of an EPCISQueryDocument (EPCIS 2.0 §8.2.7).
   *
   * @param queryName the name of the query, e.g. {@code SimpleEventQuery}
   * @param subscriptionID the subscription that produced them, or {@code null}
   * @param extensions other members of {@code queryResults}, in document order
   */
  public record QueryResults(String queryName, String subscriptionID, List<Extension> extensions) {
    public QueryResults {
      Objects.requireNonNull(queryName, "queryName is required");
      extensions = List.copyOf(extensions);
    }
  }
}
