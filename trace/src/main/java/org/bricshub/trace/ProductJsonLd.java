package org.bricshub.trace;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product as GS1 Web Vocabulary JSON-LD (https://gs1.org/voc/): a gs1:Product identified by its Digital Link,
 * with gs1:productName and gs1:productDescription as language-tagged strings, gs1:brand (gs1:Brand),
 * gs1:gpcCategoryCode, gs1:image, gs1:countryOfOrigin (gs1:Country) and gs1:netContent (gs1:QuantitativeValue).
 */
public final class ProductJsonLd {
    private static final Map<String, Object> CONTEXT = Map.of(
            "gs1", "https://gs1.org/voc/",
            "@vocab", "https://gs1.org/voc/",
            "image", Map.of("@type", "@id"));

    private ProductJsonLd() {
    }

    /** The JSON-LD document of {@code product}, its {@code @id} on {@code stem} (the server's public URL). */
    public static Map<String, Object> of(Product product, URI stem) {
        NewProduct d = product.data();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("@id", stem.toString().replaceAll("/+$", "") + "/01/" + product.gtin());
        doc.put("@type", "Product");
        doc.put("gtin", product.gtin());
        doc.put("productName", languageStrings(d.name()));
        if (!d.description().texts().isEmpty()) {
            doc.put("productDescription", languageStrings(d.description()));
        }
        d.brand().ifPresent(b -> doc.put("brand", Map.of("@type", "Brand", "brandName", b)));
        d.gpc().ifPresent(g -> doc.put("gpcCategoryCode", g));
        if (!d.images().isEmpty()) {
            doc.put("image", d.images().stream().map(URI::toString).toList());
        }
        d.countryOfOrigin().ifPresent(c -> doc.put("countryOfOrigin", Map.of("@type", "Country", "countryCode", c)));
        d.netContent().ifPresent(n -> doc.put("netContent", Map.of("@type", "QuantitativeValue",
                "value", n.value().toPlainString(), "unitCode", n.unit())));
        return doc;
    }

    private static List<Map<String, String>> languageStrings(LocalisedText text) {
        return text.byTag().entrySet().stream()
                .map(e -> Map.of("@value", e.getValue(), "@language", e.getKey())).toList();
    }
}
