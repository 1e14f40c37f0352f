package org.bricshub.epcis;

import java.util.List;
import java.util.Objects;

/**
 * Master data (EPCIS 2.0 §7.2; JSON {@code epcisHeader.epcisMasterData.vocabularyList}, XML
 * {@code EPCISHeader/extension/EPCISMasterData/VocabularyList} or an EPCISMasterDataDocument's body): vocabulary
 * elements of a vocabulary type, each with attributes and children. Master data is current state: a later statement
 * of an element replaces an earlier one.
 *
 * @param vocabularies the vocabularies, in document order
 */
public record MasterData(List<Vocabulary> vocabularies) {
  /** No master data. */
  public static final MasterData NONE = new MasterData(List.of());

  public MasterData {
    vocabularies = List.copyOf(vocabularies);
  }

  /** Whether there is no vocabulary element at all. */
  public boolean isEmpty() {
    return vocabularies.stream().allMatch(v -> v.elements().isEmpty());
  }

  /**
   * A vocabulary (XSD {@code VocabularyType}).
   *
   * @param type the vocabulary type URI, e.g. {@code urn:epcglobal:epcis:vtype:BusinessLocation}
   * @param elements its elements, in document order
   */
  public record Vocabulary(String type, List<VocabularyElement> elements) {
    public Vocabulary {
      requireText(type, "a vocabulary's type");
      elements = List.copyOf(elements);
    }
  }

  /**
   * A vocabulary element (XSD {@code VocabularyElementType}).
   *
   * @param id the element's URI, e.g. an SGLN for a location
   * @param attributes its attributes in document order; one ID may repeat (XML lists a multi-valued attribute so)
   * @param children the IDs of its children (the hierarchy WD_ parameters follow)
   */
  public record VocabularyElement(String id, List<Attribute> attributes, List<String> children) {
    public VocabularyElement {
      requireText(id, "a vocabulary element's id");
      attributes = List.copyOf(attributes);
      children = List.copyOf(children);
    }
  }

  /**
   * An attribute of a vocabulary element (XSD {@code AttributeType}; JSON {@code {"id", "attribute"}}).
   *
   * @param id the attribute's URI, e.g. {@code urn:epcglobal:cbv:mda:sst}
   * @param value a string or number, or structured content; {@code null} when the attribute has no value
   */
  public record Attribute(String id, ExtensionValue value) {
    public Attribute {
      requireText(id, "an attribute's id");
    }
  }

  private static void requireText(String value, String what) {
    Objects.requireNonNull(value, what + " is required");
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
