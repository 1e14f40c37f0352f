package org.bricshub.epcis;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The fields of one XML event as they are found, before the event record is built. */
final class XmlEventFields {
  OffsetDateTime eventTime;
  OffsetDateTime recordTime;
  String offset;
  String eventID;
  ErrorDeclaration errorDeclaration;
  final List<String> certificationInfo = new ArrayList<>();
  Action action;
  String parentID;
  List<String> epcList = List.of();
  List<String> childEPCs = List.of();
  List<String> inputEPCList = List.of();
  List<String> outputEPCList = List.of();
  List<QuantityElement> quantityList = List.of();
  List<QuantityElement> childQuantityList = List.of();
  List<QuantityElement> inputQuantityList = List.of();
  List<QuantityElement> outputQuantityList = List.of();
  String transformationID;
  String bizStep;
  String disposition;
  PersistentDisposition persistentDisposition;
  Location readPoint;
  Location bizLocation;
  List<BizTransaction> bizTransactions = List.of();
  List<SourceDestination> sources = List.of();
  List<SourceDestination> destinations = List.of();
  List<SensorElement> sensorElements = List.of();
  Ilmd ilmd;
  final List<Extension> extensions = new ArrayList<>();
}
