package org.bricshub.capture;

import java.nio.charset.StandardCharsets;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EventHashId;
import org.bricshub.platform.access.Principal;

/**
 * JSON-LD documents whose header carries master data, with ObjectEvents (about tea's
 * {@code urn:epc:id:sgtin:0614141.107346.<name>} or any EPC), and their capture as the capture route does it.
 */
final class MasterDataDocuments {
    private static final EpcisValidator VALIDATOR = new EpcisValidator();

    private MasterDataDocuments() {}

    /** An EPCISDocument with the vocabularies (JSON objects of the vocabularyList) and the events. */
    static EpcisDocument document(String vocabularies, String... events) {
        return VALIDATOR.readJsonDocument("""
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-03-01T00:00:00Z",
                 "epcisHeader": {"epcisMasterData": {"vocabularyList": [%s]}},
                 "epcisBody": {"eventList": [%s]}}""".formatted(vocabularies, String.join(",", events)));
    }

    /** An ObjectEvent about {@code urn:epc:id:sgtin:0614141.107346.<name>} with the extra members. */
    static String event(String name, String members) {
        return objectEvent("urn:epc:id:sgtin:0614141.107346." + name, members);
    }

    /** An ObjectEvent about the EPC with the extra members. */
    static String objectEvent(String epc, String members) {
        return """
                {"type": "ObjectEvent", "eventTime": "2026-03-01T10:00:00+08:00", "eventTimeZoneOffset": "+08:00",
                 "epcList": ["%s"], "action": "OBSERVE", %s}""".formatted(epc, members);
    }

    /** Captures the document's events and master data for {@code who}. */
    static CaptureJob capture(RepositoryFixture f, Principal who, EpcisDocument document) {
        return f.repository.capture(who, document.events(), EventHashId.ofDocument(document), document.masterData(),
                "application/ld+json", "{}".getBytes(StandardCharsets.UTF_8), false);
    }
}
