package org.bricshub.web.epcis;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.bricshub.capture.EventRepository;
import org.bricshub.capture.MasterDataPage;
import org.bricshub.capture.QueryDocument;
import org.bricshub.epcis.EpcisXmlCodec;
import org.bricshub.epcis.query.MasterDataQuery;
import org.bricshub.epcis.query.MasterDataQueryParser;
import org.bricshub.platform.access.Principal;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;

/**
 * {@code GET /epcis/vocabularies}: the SimpleMasterDataQuery of EPCIS 1.2 §8.2.7.2 over the caller organisation's own
 * master data, its parameters in the query string as for {@code GET /epcis/events} (repeated or pipe-delimited,
 * paged by {@code perPage}/{@code nextPageToken} with {@code Link: rel="next"}). The answer is an EPCISQueryDocument
 * whose results body is the vocabulary list: JSON-LD, or XML ({@code resultsBody/VocabularyList}, the query XSD's
 * choice) when the client accepts XML and not JSON. The REST binding defines no master-data resource: this is ours.
 */
final class EpcisVocabularyRoutes implements Routes {
    static final String QUERY_NAME = "SimpleMasterDataQuery";
    private static final EpcisXmlCodec XML = new EpcisXmlCodec();
    private final EventRepository repository;
    private final Callers callers;

    EpcisVocabularyRoutes(EventRepository repository, Callers callers) {
        this.repository = repository;
        this.callers = callers;
    }

    @Override
    public void register(ApiRouter router) {
        router.api(ApiOperation.get("/epcis/vocabularies", "epcis", "SimpleMasterDataQuery over your organisation's "
                + "master data (vocabularyName, includeAttributes, includeChildren, attributeNames, EQ_name, WD_name, "
                + "HASATTR, EQ_ATTR_attr, maxElementCount; perPage, nextPageToken): an EPCISQueryDocument whose "
                + "resultsBody holds the vocabularyList (XML with Accept: application/xml)", true, null), this::query);
    }

    private void query(Context ctx) {
        Principal caller = callers.require(ctx);
        MasterDataQuery query = MasterDataQueryParser.parse(ctx.queryParamMap());
        if (query.perPage() != null) {
            EpcisBrowseRoutes.perPage(query.perPage().toString());
        }
        MasterDataPage page = repository.masterData(caller, query);
        if (page.nextPageToken() != null) {
            ctx.header("Link", "<" + EventPages.nextPage(ctx, page.nextPageToken()) + ">; rel=\"next\"");
        }
        EpcisCaptureRoutes.versions(ctx);
        if (wantsXml(ctx.header("Accept"))) {
            String xml = XML.writeMasterDataQueryDocument(OffsetDateTime.now(ZoneOffset.UTC), QUERY_NAME,
                    page.masterData());
            ctx.contentType("application/xml").result(xml.getBytes(StandardCharsets.UTF_8));
        } else {
            ctx.contentType("application/ld+json").result(
                    QueryDocument.ofMasterData(QUERY_NAME, page.masterData(), Instant.now()));
        }
    }

    /** XML only when asked for and JSON is not also acceptable: JSON-LD is the binding's default. */
    static boolean wantsXml(String accept) {
        String type = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return (type.contains("application/xml") || type.contains("text/xml")) && !type.contains("json");
    }
}
