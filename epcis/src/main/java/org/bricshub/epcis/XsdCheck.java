package org.bricshub.epcis;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Validates XML documents against the EPCIS 2.0 XSD (EPCglobal-epcis-2_0.xsd, the query and master-data schemas),
 * reporting every error with the path of the element it concerns. Loaded once; thread-safe.
 */
final class XsdCheck {
  private static final String[] SCHEMAS = {"schema/EPCglobal-epcis-2_0.xsd", "schema/EPCglobal-epcis-query-2_0.xsd",
      "schema/EPCglobal-epcis-masterdata-2_0.xsd"};

  private final Schema schema;

  XsdCheck() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      javax.xml.transform.Source[] sources = new javax.xml.transform.Source[SCHEMAS.length];
      for (int i = 0; i < SCHEMAS.length; i++) {
        URL url = XsdCheck.class.getResource(SCHEMAS[i]);
        sources[i] = new javax.xml.transform.stream.StreamSource(url.toExternalForm());
      }
      schema = factory.newSchema(sources);
    } catch (SAXException e) {
      throw new IllegalStateException("the bundled EPCIS XSD does not load: " + e.getMessage(), e);
    }
  }

  List<Violation> violations(String xml) {
    List<Violation> violations = new ArrayList<>();
    PathTracker tracker = new PathTracker();
    ValidatorHandler validator = schema.newValidatorHandler();
    validator.setErrorHandler(new Collector(violations, tracker));
    try {
      tracker.setParent(XmlParsers.saxReader());
      tracker.setContentHandler(validator);
      tracker.parse(new InputSource(new StringReader(XmlParsers.withoutByteOrderMark(xml))));
    } catch (SAXParseException e) {
      violations.add(new Violation(tracker.path(), "not well-formed XML: " + e.getMessage()));
    } catch (SAXException | IOException e) {
      violations.add(new Violation(tracker.path(), "XML could not be read: " + e.getMessage()));
    }
    return violations;
  }

  /** Keeps the path of the current element, with a 1-based index among same-name siblings. */
  private static final class PathTracker extends XMLFilterImpl {
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();

    PathTracker() {
      siblings.push(new HashMap<>());
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
      int index = siblings.peek().merge(local, 1, Integer::sum);
      path.addLast(path.isEmpty() ? local : local + "[" + index + "]");
      siblings.push(new HashMap<>());
      super.startElement(uri, local, qName, atts);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      super.endElement(uri, local, qName);
      siblings.pop();
      path.removeLast();
    }

    String path() {
      return "/" + String.join("/", path);
    }
  }

  private record Collector(List<Violation> violations, PathTracker tracker) implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      // Warnings (e.g. lax wildcards with no schema) are not violations.
    }

    @Override
    public void error(SAXParseException e) {
      violations.add(new Violation(tracker.path(), "XSD: " + e.getMessage() + " (line " + e.getLineNumber() + ")"));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  }
}
