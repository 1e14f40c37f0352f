package org.bricshub.bench;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.bricshub.i18n.Language;
import org.bricshub.platform.access.AdminBootstrap;
import org.bricshub.platform.access.Administration;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.db.Database;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.trace.Gs1Input;
import org.bricshub.trace.LabelLayout;
import org.bricshub.trace.LabelSheets;
import org.bricshub.trace.LocalisedText;
import org.bricshub.trace.NewBatch;
import org.bricshub.trace.NewProduct;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.QrImages;
import org.bricshub.trace.QrStyle;
import org.bricshub.trace.SerialFormat;
import org.bricshub.trace.SerialKeys;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3's figures, each beside its baseline: codes generated (FF1 serials) and streamed as CSV against writing
 * the same bytes with no code logic; genuine checks through {@link ProductCodes} (parse, one indexed query, FF1)
 * against the bare indexed query; QR PNG and SVG against ZXing's encoding alone; PDF label pages (A4, 3 x 8).
 * The batch is a real 10-million-code batch in an embedded PostgreSQL.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp "bench/target/classes:$(cat
 * bench/target/classpath.txt)" org.openjdk.jmh.Main CodeBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodeBenchmark {
    static final String GTIN = "09506000134352";
    static final String LOT = "LOT-2026-01";
    static final long BATCH = 10_000_000;
    private static final int CSV_CODES = 100_000;
    private static final OutputStream NULL = OutputStream.nullOutputStream();

    private EmbeddedPostgres postgres;
    private HikariDataSource db;
    private ProductCodes codes;
    private Principal owner;
    private final List<String> uris = new ArrayList<>();
    private byte[] csvLine;

    @Setup
    public void setUp() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Database.migrate(postgres.getPostgresDatabase());
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(postgres.getPostgresDatabase());
        db = new HikariDataSource(pool);
        codes = new ProductCodes(db, Clock.systemUTC(), SerialKeys.openOrCreate(Files.createTempDirectory("codes")),
                java.net.URI.create("https://id.example.org"), BATCH);
        owner = createOwner(db);
        codes.createProduct(owner, new NewProduct(Gs1Input.gtin("gtin", GTIN),
                LocalisedText.parse("name", Map.of("en", "Anxi oolong"), 100), new LocalisedText(Map.of()),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Language.EN));
        codes.issueBatch(owner, GTIN, new NewBatch(LOT, BATCH, Optional.of("271231"), Optional.empty(),
                SerialFormat.DIGITS, List.of()));
        codes.codes(owner, GTIN, LOT, BATCH / 2, Optional.of(2_000L)).forEach(c -> uris.add(c.uri()));
        String serial = uris.get(0).substring(uris.get(0).lastIndexOf('/') + 1);
        csvLine = (uris.get(0) + "," + GTIN + "," + LOT + "," + serial + ",271231\n").getBytes();
    }

    /** A brand owner with prefix 9506000 and a real API key, made the way an operator makes one. */
    static Principal createOwner(javax.sql.DataSource db) throws IOException {
        Clock clock = Clock.systemUTC();
        java.nio.file.Path dataDir = Files.createTempDirectory("operator");
        AdminBootstrap.run(db, clock, dataDir, "Operator", "CN");
        Authenticator authenticator = new Authenticator(db, clock);
        Principal operator = authenticator.authenticate(
                "Bearer " + Files.readString(dataDir.resolve(AdminBootstrap.KEY_FILE)).strip());
        Administration admin = new Administration(db, clock, new OrganisationStore(db), new AuditLog(db), authenticator);
        long org = admin.createOrganisation(operator, new NewOrganisation("Anxi Tea", "CN",
                OrganisationKind.BRAND_OWNER, List.of("9506000"))).id();
        return authenticator.authenticate("Bearer " + admin.issueKey(operator, org, Role.OWNER, null).secret());
    }

    @TearDown
    public void tearDown() throws IOException {
        db.close();
        postgres.close();
    }

    /** Codes generated and written as CSV, from a random place in the 10-million batch. */
    @Benchmark
    @OperationsPerInvocation(CSV_CODES)
    public void csvCodes() throws IOException {
        long from = ThreadLocalRandom.current().nextLong(BATCH - CSV_CODES);
        codes.codes(owner, GTIN, LOT, from, Optional.of((long) CSV_CODES)).writeCsv(NULL);
    }

    /** Baseline: the same number of CSV lines of the same length, buffered the same way, with no code logic. */
    @Benchmark
    @OperationsPerInvocation(CSV_CODES)
    public void csvBaselineSameBytes() throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int used = 0;
        for (int i = 0; i < CSV_CODES; i++) {
            if (used + csvLine.length > buffer.length) {
                NULL.write(buffer, 0, used);
                used = 0;
            }
            System.arraycopy(csvLine, 0, buffer, used, csvLine.length);
            used += csvLine.length;
        }
        NULL.write(buffer, 0, used);
    }

    @Benchmark
    public Object genuineCheck() {
        return codes.check(uris.get(ThreadLocalRandom.current().nextInt(uris.size())));
    }

    /** Baseline: the one indexed query a check needs, without parsing or FF1. */
    @Benchmark
    public boolean genuineCheckBaselineQuery() throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select count from batches where gtin = ? and lot = ?")) {
            s.setString(1, GTIN);
            s.setString(2, LOT);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Benchmark
    public void qrPng() throws IOException {
        QrImages.write(randomUri(), QrStyle.DEFAULT, QrImages.Format.PNG, NULL);
    }

    @Benchmark
    public void qrSvg() throws IOException {
        QrImages.write(randomUri(), QrStyle.DEFAULT, QrImages.Format.SVG, NULL);
    }

    /** Baseline: ZXing's QR encoding alone (level M), no image. */
    @Benchmark
    public BitMatrix qrBaselineZxingEncode() throws WriterException {
        return new QRCodeWriter().encode(randomUri(), BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
    }

    /** One A4 page of 3 x 8 labels, QR plus human-readable text. */
    @Benchmark
    public void pdfPage() throws IOException {
        long from = ThreadLocalRandom.current().nextLong(BATCH - 24);
        LabelSheets.write(codes.codes(owner, GTIN, LOT, from, Optional.of(24L)), LabelLayout.A4_3X8,
                QrStyle.ErrorCorrection.M, NULL);
    }

    private String randomUri() {
        return uris.get(ThreadLocalRandom.current().nextInt(uris.size()));
    }
}
