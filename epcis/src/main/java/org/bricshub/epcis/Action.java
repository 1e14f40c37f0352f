package org.bricshub.epcis;

/** The action of an event (EPCIS 2.0 §7.3.2): how the event relates to the lifecycle of the objects. */
public enum Action {
  ADD,
  OBSERVE,
  DELETE
}
