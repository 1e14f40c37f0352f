package org.bricshub.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.bricshub.i18n.Language;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.db.Database;
import org.bricshub.platform.db.Transaction;
import org.bricshub.trace.Gs1Input;
import org.bricshub.trace.LocalisedText;
import org.bricshub.trace.NewBatch;
import org.bricshub.trace.NewProduct;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.SerialFormat;
import org.bricshub.trace.SerialKeys;

/**
 * Database bytes of a 10-million-code batch (FF1 serials: one row) against the baseline of a company's own serial
 * list imported row by row (100,000 serials measured, scaled).
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp "bench/target/classes:$(cat
 * bench/target/classpath.txt)" org.bricshub.bench.CodeStorage}
 */
public final class CodeStorage {
    private static final List<String> TABLES = List.of("batches", "imported_serials", "code_states");

    private CodeStorage() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Database.migrate(pg.getPostgresDatabase());
            HikariConfig pool = new HikariConfig();
            pool.setDataSource(pg.getPostgresDatabase());
            try (HikariDataSource db = new HikariDataSource(pool)) {
                ProductCodes codes = new ProductCodes(db, Clock.systemUTC(),
                        SerialKeys.openOrCreate(Files.createTempDirectory("codes")), URI.create("https://id.example.org"),
                        CodeBenchmark.BATCH);
                Principal owner = CodeBenchmark.createOwner(db);
                codes.createProduct(owner, new NewProduct(Gs1Input.gtin("gtin", CodeBenchmark.GTIN),
                        LocalisedText.parse("name", Map.of("en", "Anxi oolong"), 100), new LocalisedText(Map.of()),
                        Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Language.EN));
                long before = bytes(db);
                long t0 = System.nanoTime();
                codes.issueBatch(owner, CodeBenchmark.GTIN, new NewBatch("FF1", CodeBenchmark.BATCH,
                        Optional.of("271231"), Optional.empty(), SerialFormat.DIGITS, List.of()));
                System.out.printf("10,000,000-code FF1 batch: %,d bytes more in %s, issued in %.1f ms%n",
                        bytes(db) - before, TABLES, (System.nanoTime() - t0) / 1e6);
                List<String> own = LongStream.range(0, 100_000).mapToObj(i -> String.format("S%012d", i)).toList();
                before = bytes(db);
                t0 = System.nanoTime();
                codes.issueBatch(owner, CodeBenchmark.GTIN, new NewBatch("OWN", own.size(), Optional.empty(),
                        Optional.empty(), SerialFormat.DIGITS, own));
                long imported = bytes(db) - before;
                System.out.printf("baseline: 100,000 imported serials: %,d bytes (x100 = %,d bytes for 10 million),"
                        + " imported at %,.0f rows/s%n", imported, imported * 100,
                        own.size() / ((System.nanoTime() - t0) / 1e9));
            }
        }
    }

    private static long bytes(DataSource db) {
        return Transaction.run(db, c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select sum(pg_total_relation_size(t)) from unnest("
                    + "array['batches', 'imported_serials', 'code_states']::regclass[]) t")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
