package org.bricshub.capture;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.bricshub.epcis.EpcisDocument;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.epcis.EpcisJsonCodec;
import org.bricshub.epcis.EpcisValidator;
import org.bricshub.epcis.EpcisXmlCodec;
import org.bricshub.epcis.EventHashId;
import org.bricshub.epcis.MasterData;

/**
 * The events of a stored capture job read again from its document as received: an XML or JSON-LD EPCISDocument, an
 * XML EPCISMasterDataDocument (master data, no events), or one JSON-LD event ({@code POST /epcis/events}), validated
 * as at acceptance, with the master data of its header.
 */
record JobDocument(List<EpcisEvent> events, List<String> hashIds, MasterData masterData) {
    JobDocument {
        events = List.copyOf(events);
        hashIds = List.copyOf(hashIds);
    }

    static JobDocument read(EpcisValidator validator, String contentType, byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/xml") || type.startsWith("text/xml")) {
            if (EpcisXmlCodec.isMasterDataDocument(text)) {
                return new JobDocument(List.of(), List.of(), validator.readXmlMasterDataDocument(text));
            }
            return of(validator.readXmlDocument(text));
        }
        String kind = EpcisJsonCodec.parse(text).path("type").asText();
        if (kind.equals("EPCISDocument") || kind.equals("EPCISQueryDocument")) {
            return of(validator.readJsonDocument(text));
        }
        EpcisEvent event = validator.readJsonEvent(text);
        return new JobDocument(List.of(event), List.of(EventHashId.of(event)), MasterData.NONE);
    }

    private static JobDocument of(EpcisDocument document) {
        return new JobDocument(document.events(), EventHashId.ofDocument(document), document.masterData());
    }
}
