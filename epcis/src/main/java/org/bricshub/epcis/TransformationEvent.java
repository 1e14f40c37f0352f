package org.bricshub.epcis;

import java.util.List;
import java.util.Objects;

/** An event in which inputs are consumed and outputs produced, e.g. tea leaves processed (EPCIS 2.0 §7.4.5). */
public record TransformationEvent(
    EventCommon common,
    String transformationID,
    List<String> inputEPCList,
    List<QuantityElement> inputQuantityList,
    List<String> outputEPCList,
    List<QuantityElement> outputQuantityList,
    Ilmd ilmd)
    implements EpcisEvent {
  public TransformationEvent {
    Objects.requireNonNull(common, "common");
    inputEPCList = List.copyOf(inputEPCList);
    inputQuantityList = List.copyOf(inputQuantityList);
    outputEPCList = List.copyOf(outputEPCList);
    outputQuantityList = List.copyOf(outputQuantityList);
  }
}
