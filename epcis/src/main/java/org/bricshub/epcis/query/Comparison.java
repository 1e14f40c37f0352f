package org.bricshub.epcis.query;

/** The comparison a query parameter's prefix names (EPCIS 2.0 §8.2.7.1): EQ_, GT_, GE_, LT_, LE_. */
public enum Comparison {
  EQ,
  GT,
  GE,
  LT,
  LE
}
