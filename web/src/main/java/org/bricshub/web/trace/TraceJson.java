package org.bricshub.web.trace;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bricshub.trace.Batch;
import org.bricshub.trace.CodeCheck;
import org.bricshub.trace.Location;
import org.bricshub.trace.NewLocation;
import org.bricshub.trace.NewProduct;
import org.bricshub.trace.Product;

/** The JSON answers of the Product Code API. */
final class TraceJson {
    private TraceJson() {
    }

    static Map<String, Object> product(Product p) {
        NewProduct d = p.data();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gtin", p.gtin());
        json.put("orgId", p.orgId());
        json.put("name", d.name().byTag());
        json.put("description", d.description().byTag());
        d.brand().ifPresent(b -> json.put("brand", b));
        d.gpc().ifPresent(g -> json.put("gpc", g));
        json.put("images", d.images().stream().map(URI::toString).toList());
        d.countryOfOrigin().ifPresent(c -> json.put("countryOfOrigin", c));
        d.netContent().ifPresent(n -> json.put("netContent", Map.of("value", n.value(), "unit", n.unit())));
        json.put("defaultLanguage", d.defaultLanguage().tag());
        json.put("createdAt", p.createdAt());
        return json;
    }

    static Map<String, Object> location(Location l) {
        NewLocation d = l.data();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gln", l.gln());
        json.put("orgId", l.orgId());
        json.put("name", d.name().byTag());
        json.put("country", d.country());
        json.put("address", d.address());
        d.latitude().ifPresent(v -> json.put("lat", v));
        d.longitude().ifPresent(v -> json.put("lon", v));
        json.put("createdAt", l.createdAt());
        return json;
    }

    static Map<String, Object> batch(Batch b) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gtin", b.gtin());
        json.put("lot", b.lot());
        json.put("count", b.count());
        json.put("uriTemplate", b.uriTemplate());
        b.expiry().ifPresent(e -> json.put("expiry", e));
        b.productionDate().ifPresent(p -> json.put("productionDate", p));
        json.put("serials", b.serialFormat().map(f -> f.wireName()).orElse("imported"));
        json.put("createdAt", b.createdAt());
        return json;
    }

    static Map<String, Object> check(CodeCheck c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("genuine", c.genuine());
        json.put("gtin", c.gtin());
        json.put("lot", c.lot().orElse(null));
        json.put("serial", c.serial().orElse(null));
        json.put("state", c.state().map(s -> s.wireName()).orElse(null));
        return json;
    }
}
