package org.mcfed.index.feed.format;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonArray;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.Map;

/**
 * Expands JSON-LD with the JSON-LD 1.1 processor Titanium against the published contexts, kept as
 * test resources (README beside them; never fetched), failing on any term the contexts do not
 * define: such a term would be dropped by every consumer.
 */
public final class PublishedContexts {

    private static final Map<String, String> FILES = Map.of(
            "https://www.w3.org/ns/credentials/v2", "w3c-credentials-v2.jsonld",
            "https://www.w3.org/2018/credentials/v1", "w3c-credentials-v1.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-v3p0-context-3.0.3.json",
            "http://data.europa.eu/snb/model/context/edc-ap", "elm-edc-ap-context.jsonld",
            "https://credreg.net/ctdl/schema/context/json", "ctdl-context.json",
            "https://schema.org", "schemaorg-context-29.4.jsonld");

    private static final DocumentLoader LOADER = PublishedContexts::load;

    private PublishedContexts() {
    }

    /** The expanded form; throws when a term is undefined or the document is not valid JSON-LD. */
    public static JsonArray expand(String json) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(LOADER)
                .undefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail).get();
    }

    private static Document load(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String key = url.toString().replaceAll("/$", "");
        String file = FILES.get(key);
        if (file == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no published context kept for " + url);
        }
        try (InputStream in = PublishedContexts.class.getResourceAsStream("contexts/" + file)) {
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            return document;
        } catch (java.io.IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
    }
}
