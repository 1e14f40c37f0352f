package org.bricshub.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.gs1.Gln;
import org.bricshub.gs1.Gtin;
import org.bricshub.i18n.Language;
import org.bricshub.platform.org.OrganisationStore;

/** Products and locations in PostgreSQL; texts and lists as jsonb. */
final class MasterDataStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    /** The organisation whose GS1 company prefix starts {@code digits}, if any. */
    Optional<Long> prefixOwner(Connection c, String digits) throws SQLException {
        return OrganisationStore.prefixOwner(c, digits);
    }

    /** @return false if the GTIN is already registered */
    boolean insert(Connection c, Product p) throws SQLException {
        NewProduct d = p.data();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into products (gtin, org_id, name, description, brand, gpc, images, country_of_origin,
                                      net_content, net_content_unit, default_language, created_at)
                values (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) on conflict do nothing""")) {
            ps.setString(1, p.gtin());
            ps.setLong(2, p.orgId());
            ps.setString(3, json(d.name().byTag()));
            ps.setString(4, json(d.description().byTag()));
            ps.setString(5, d.brand().orElse(null));
            ps.setString(6, d.gpc().orElse(null));
            ps.setString(7, json(d.images().stream().map(URI::toString).toList()));
            ps.setString(8, d.countryOfOrigin().orElse(null));
            ps.setBigDecimal(9, d.netContent().map(NetContent::value).orElse(null));
            ps.setString(10, d.netContent().map(NetContent::unit).orElse(null));
            ps.setString(11, d.defaultLanguage().tag());
            ps.setTimestamp(12, Timestamp.from(p.createdAt()));
            return ps.executeUpdate() == 1;
        }
    }

    Optional<Product> product(Connection c, String gtin) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select org_id, name, description, brand, gpc, images, country_of_origin, net_content,
                       net_content_unit, default_language, created_at from products where gtin = ?""")) {
            ps.setString(1, gtin);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                BigDecimal amount = rs.getBigDecimal(8);
                NewProduct d = new NewProduct(new Gtin(gtin), texts(rs.getString(2)), texts(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                        read(rs.getString(6), STRINGS).stream().map(URI::create).toList(),
                        Optional.ofNullable(rs.getString(7)),
                        amount == null ? Optional.empty() : Optional.of(new NetContent(amount, rs.getString(9))),
                        Language.fromTag(rs.getString(10)).orElseThrow());
                return Optional.of(new Product(rs.getLong(1), d, rs.getTimestamp(11).toInstant()));
            }
        }
    }

    /** @return false if the GLN is already registered */
    boolean insert(Connection c, Location l) throws SQLException {
        NewLocation d = l.data();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into locations (gln, org_id, name, country, address, latitude, longitude, created_at)
                values (?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?) on conflict do nothing""")) {
            ps.setString(1, l.gln());
            ps.setLong(2, l.orgId());
            ps.setString(3, json(d.name().byTag()));
            ps.setString(4, d.country());
            ps.setString(5, json(d.address()));
            setDouble(ps, 6, d.latitude());
            setDouble(ps, 7, d.longitude());
            ps.setTimestamp(8, Timestamp.from(l.createdAt()));
            return ps.executeUpdate() == 1;
        }
    }

    Optional<Location> location(Connection c, String gln) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select org_id, name, country, address, latitude, longitude, created_at from locations where gln = ?")) {
            ps.setString(1, gln);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                NewLocation d = new NewLocation(new Gln(gln), texts(rs.getString(2)), rs.getString(3),
                        read(rs.getString(4), TEXTS), Optional.ofNullable(rs.getObject(5, Double.class)),
                        Optional.ofNullable(rs.getObject(6, Double.class)));
                return Optional.of(new Location(rs.getLong(1), d, rs.getTimestamp(7).toInstant()));
            }
        }
    }

    private static LocalisedText texts(String json) {
        return LocalisedText.parse("stored", read(json, TEXTS), Integer.MAX_VALUE);
    }

    private static void setDouble(PreparedStatement ps, int index, Optional<Double> value) throws SQLException {
        if (value.isPresent()) {
            ps.setDouble(index, value.get());
        } else {
            ps.setNull(index, Types.DOUBLE);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is malformed: " + e.getMessage(), e);
        }
    }
}
