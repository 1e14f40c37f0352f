package org.bricshub.epcis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The fields all five event types share (EPCIS 2.0 §7.4.1 and the when/where/why dimensions of §7.4.2 - §7.4.6).
 * Optional scalars are {@code null} when absent; absent lists are empty.
 *
 * @param eventTime when the event took place, with the offset it was written with
 * @param eventTimeZoneOffset the local offset of the event, {@code ±hh:mm}
 * @param recordTime when the repository recorded it, {@code null} until captured
 * @param eventID the event identifier (often the CBV 2.0 event hash ID), or {@code null}
 * @param errorDeclaration present when this event is declared erroneous
 * @param certificationInfo URIs of certificates about the event
 * @param bizStep the business step, a compact CBV value (e.g. {@code shipping}) or a URI
 * @param disposition the disposition, a compact CBV value or a URI
 * @param persistentDisposition dispositions set and unset by this event, or {@code null}
 * @param readPoint where the event was observed, or {@code null}
 * @param bizLocation where the objects are afterwards, or {@code null}
 * @param bizTransactionList business transactions the event belongs to
 * @param sourceList sources of a transfer
 * @param destinationList destinations of a transfer
 * @param sensorElementList sensor data
 * @param extensions event-level user extensions, in document order
 */
public record EventCommon(
    OffsetDateTime eventTime,
    String eventTimeZoneOffset,
    OffsetDateTime recordTime,
    String eventID,
    ErrorDeclaration errorDeclaration,
    List<String> certificationInfo,
    String bizStep,
    String disposition,
    PersistentDisposition persistentDisposition,
    Location readPoint,
    Location bizLocation,
    List<BizTransaction> bizTransactionList,
    List<SourceDestination> sourceList,
    List<SourceDestination> destinationList,
    List<SensorElement> sensorElementList,
    List<Extension> extensions) {

  public EventCommon {
    Objects.requireNonNull(eventTime, "eventTime is required");
    Objects.requireNonNull(eventTimeZoneOffset, "eventTimeZoneOffset is required");
    certificationInfo = List.copyOf(certificationInfo);
    bizTransactionList = List.copyOf(bizTransactionList);
    sourceList = List.copyOf(sourceList);
    destinationList = List.copyOf(destinationList);
    sensorElementList = List.copyOf(sensorElementList);
    extensions = List.copyOf(extensions);
  }

  /** A minimal event context: when, in which offset, and nothing else. */
  public static EventCommon at(OffsetDateTime eventTime, String eventTimeZoneOffset) {
    return new EventCommon(eventTime, eventTimeZoneOffset, null, null, null, List.of(), null, null, null, null,
        null, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** A copy with the given record time, as the repository sets it on capture. */
  public EventCommon withRecordTime(OffsetDateTime time) {
    return new EventCommon(eventTime, eventTimeZoneOffset, time, eventID, errorDeclaration, certificationInfo,
        bizStep, disposition, persistentDisposition, readPoint, bizLocation, bizTransactionList, sourceList,
        destinationList, sensorElementList, extensions);
  }

  /** A copy with the given event ID. */
  public EventCommon withEventID(String id) {
    return new EventCommon(eventTime, eventTimeZoneOffset, recordTime, id, errorDeclaration, certificationInfo,
        bizStep, disposition, persistentDisposition, readPoint, bizLocation, bizTransactionList, sourceList,
        destinationList, sensorElementList, extensions);
  }
}
