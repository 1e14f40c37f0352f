package org.bricshub.epcis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The document-level {@code sender}, {@code receiver} and {@code instanceIdentifier} of JSON-LD, which the XML
 * binding carries in a Standard Business Document Header (EPCIS 2.0 §9.5, UN/CEFACT SBDH 1.3). An XML header is
 * mapped back only when it says nothing more than those three, so that every other header stays as written.
 */
final class SbdhMapping {
  static final String SBDH = "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader";
  private static final List<String> FIELDS = List.of("sender", "receiver", "instanceIdentifier");

  private SbdhMapping() {}

  /** The document with its three JSON-LD fields moved into an SBDH header, when it has them and no header. */
  static EpcisDocument toHeader(EpcisDocument document) {
    if (document.header() != null) {
      return document;
    }
    List<String> values = FIELDS.stream().map(field -> text(document.extensions(), field)).toList();
    if (values.contains(null)) {
      return document;
    }
    List<Extension> rest = document.extensions().stream().filter(e -> !isField(e)).toList();
    return new EpcisDocument(document.namespaces(), document.id(), document.schemaVersion(),
        document.creationDate(), header(values, document), document.masterData(), document.queryResults(),
        document.events(), rest);
  }

  /** The document with an SBDH header of exactly the generated form turned back into the three fields. */
  static EpcisDocument fromHeader(EpcisDocument document) {
    Optional<List<String>> values = values(document.header());
    if (values.isEmpty() || !header(values.get(), document).equals(document.header())) {
      return document;
    }
    List<Extension> extensions = new ArrayList<>();
    for (int i = 0; i < FIELDS.size(); i++) {
      extensions.add(new Extension(new QualifiedName("", FIELDS.get(i), ""),
          ExtensionValue.Text.of(values.get().get(i))));
    }
    extensions.addAll(document.extensions());
    return new EpcisDocument(document.namespaces(), document.id(), document.schemaVersion(),
        document.creationDate(), null, document.masterData(), document.queryResults(), document.events(),
        extensions);
  }

  private static ExtensionValue.Element header(List<String> values, EpcisDocument document) {
    ExtensionValue identification = element(member("Standard", "EPCglobal"), member("TypeVersion", "2.0"),
        member("InstanceIdentifier", values.get(2)), member("Type", "Events"),
        member("CreationDateAndTime", EpcisTimes.format(document.creationDate())));
    ExtensionValue sbdh = element(member("HeaderVersion", "1.0"),
        new Extension(name("Sender"), element(member("Identifier", values.get(0)))),
        new Extension(name("Receiver"), element(member("Identifier", values.get(1)))),
        new Extension(name("DocumentIdentification"), identification));
    return new ExtensionValue.Element(List.of(new Extension(name("StandardBusinessDocumentHeader"), sbdh)));
  }

  private static Optional<List<String>> values(ExtensionValue.Element header) {
    if (header == null || header.members().size() != 1
        || !(header.members().getFirst().value() instanceof ExtensionValue.Element sbdh)) {
      return Optional.empty();
    }
    String sender = nested(sbdh, "Sender");
    String receiver = nested(sbdh, "Receiver");
    String instance = sbdh.members().stream().filter(m -> m.name().equals(name("DocumentIdentification")))
        .map(m -> m.value() instanceof ExtensionValue.Element e ? textOf(e.members(), "InstanceIdentifier") : null)
        .findFirst().orElse(null);
    return sender == null || receiver == null || instance == null ? Optional.empty()
        : Optional.of(List.of(sender, receiver, instance));
  }

  private static String nested(ExtensionValue.Element sbdh, String partner) {
    return sbdh.members().stream().filter(m -> m.name().equals(name(partner)))
        .map(m -> m.value() instanceof ExtensionValue.Element e ? textOf(e.members(), "Identifier") : null)
        .findFirst().orElse(null);
  }

  private static String textOf(List<Extension> members, String local) {
    return members.stream().filter(m -> m.name().equals(name(local)))
        .map(m -> m.value() instanceof ExtensionValue.Text t ? t.text() : null).findFirst().orElse(null);
  }

  private static String text(List<Extension> extensions, String field) {
    return extensions.stream().filter(e -> e.name().equals(new QualifiedName("", field, "")))
        .map(e -> e.value() instanceof ExtensionValue.Text t ? t.text() : null).findFirst().orElse(null);
  }

  private static boolean isField(Extension extension) {
    return extension.name().namespace().isEmpty() && FIELDS.contains(extension.name().localName());
  }

  private static ExtensionValue.Element element(Extension... members) {
    return new ExtensionValue.Element(List.of(members));
  }

  private static Extension member(String local, String value) {
    return new Extension(name(local), ExtensionValue.Text.of(value));
  }

  private static QualifiedName name(String local) {
    return new QualifiedName(SBDH, local, "sbdh");
  }
}
