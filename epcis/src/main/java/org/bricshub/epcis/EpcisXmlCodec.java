package org.bricshub.epcis;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads and writes the XML binding of EPCIS 2.0 (EPCIS 2.0 §9.5, the EPCglobal-epcis-2_0 XSD): EPCISDocument and
 * EPCISQueryDocument. CBV values are read in any form and written as CBV URNs; extension elements keep their
 * namespaces. The 1.x {@code extension}/{@code baseExtension} wrappers are read through. Thread-safe.
 */
public final class EpcisXmlCodec {

  /** Reads an EPCISDocument or EPCISQueryDocument; every problem found is reported at once with its path. */
  public EpcisDocument readDocument(String xml) {
    return XmlDocumentReader.read(parse(xml).getDocumentElement());
  }

  /** Reads a document from bytes as received (the parser honours the XML declaration's encoding and a BOM). */
  public EpcisDocument readDocument(java.io.InputStream xml) {
    try {
      return XmlDocumentReader.read(XmlParsers.documentBuilder().parse(xml).getDocumentElement());
    } catch (SAXException e) {
      throw new EpcisValidationException(List.of(new Violation("/", "not well-formed XML: " + e.getMessage())));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Writes a document (or query document) with every namespace declared on the root. */
  public String writeDocument(EpcisDocument document) {
    StringWriter out = new StringWriter();
    try {
      XmlDocumentWriter.write(document, out);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing to a string does not fail: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /**
   * Reads the master data of an EPCISMasterDataDocument (EPCIS 2.0 XSD {@code EPCglobal-epcis-masterdata-2_0}),
   * the body's {@code VocabularyList}.
   */
  public MasterData readMasterDataDocument(String xml) {
    org.w3c.dom.Element root = parse(xml).getDocumentElement();
    XmlFieldReader in = new XmlFieldReader();
    if (!XmlNames.local(root).equals("EPCISMasterDataDocument")) {
      in.violation("/" + XmlNames.local(root), "the root must be EPCISMasterDataDocument");
      in.throwIfAny();
    }
    MasterData masterData = MasterData.NONE;
    for (org.w3c.dom.Element body : XmlNames.children(root)) {
      if (XmlNames.local(body).equals("EPCISBody")) {
        masterData = XmlMasterData.read(body, in, "/EPCISMasterDataDocument/EPCISBody");
      }
    }
    in.throwIfAny();
    return masterData;
  }

  /** Writes an EPCISMasterDataDocument holding {@code masterData}. */
  public String writeMasterDataDocument(java.time.OffsetDateTime creationDate, MasterData masterData) {
    return XmlMasterDataDocuments.masterDataDocument(creationDate, masterData);
  }

  /**
   * Writes the EPCISQueryDocument answering a master-data query: {@code resultsBody/VocabularyList} (the query XSD's
   * {@code QueryResultsBody} choice), with {@code queryName}.
   */
  public String writeMasterDataQueryDocument(java.time.OffsetDateTime creationDate, String queryName,
      MasterData masterData) {
    return XmlMasterDataDocuments.queryDocument(creationDate, queryName, masterData);
  }

  /**
   * Whether the XML's root element is an EPCISMasterDataDocument (read with {@link #readMasterDataDocument}) rather
   * than an EPCISDocument or EPCISQueryDocument; false when the text is not XML.
   */
  public static boolean isMasterDataDocument(String xml) {
    return XmlMasterDataDocuments.isMasterDataDocument(xml);
  }

  static Document parse(String xml) {
    String text = XmlParsers.withoutByteOrderMark(xml);
    try {
      return XmlParsers.documentBuilder().parse(new InputSource(new StringReader(text)));
    } catch (SAXException e) {
      throw new EpcisValidationException(List.of(new Violation("/", "not well-formed XML: " + e.getMessage())));
    } catch (IOException e) {
      throw new IllegalStateException("reading a string does not fail", e);
    }
  }

}
