package org.bricshub.trace;

import java.io.OutputStream;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.bricshub.i18n.Language;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.platform.db.Transaction;

/**
 * Rough figures for issue 3 until the bench module has JMH benchmarks: not a test (no assertions), run by hand:
 * {@code mvn -q -pl trace -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt} then
 * {@code java -cp trace/target/test-classes:trace/target/classes:$(cat /tmp/cp.txt) org.bricshub.trace.CodeFigures}.
 */
public final class CodeFigures {
    private static final OutputStream NULL = OutputStream.nullOutputStream();

    public static void main(String[] args) throws Exception {
        long n = 10_000_000;
        CodeStream stream = CodeStreamTest.stream("LOT-2026-01", 0, n);
        for (int warm = 0; warm < 2; warm++) {
            stream.writeCsv(NULL);
            baseline(n);
        }
        long t0 = System.nanoTime();
        stream.writeCsv(NULL);
        double csv = n / seconds(t0);
        t0 = System.nanoTime();
        long bytes = baseline(n);
        double base = n / seconds(t0);
        System.out.printf("CSV: %.0f codes/s; baseline (same %d bytes, no code logic): %.0f lines/s%n", csv, bytes, base);

        org.bouncycastle.crypto.fpe.FPEFF1Engine reference = new org.bouncycastle.crypto.fpe.FPEFF1Engine(
                org.bouncycastle.crypto.engines.AESEngine.newInstance());
        reference.init(true, new org.bouncycastle.crypto.params.FPEParameters(
                new org.bouncycastle.crypto.params.KeyParameter(new byte[16]), 10, new byte[0]));
        byte[] in = new byte[16];
        byte[] outBlock = new byte[16];
        for (int warm = 0; warm < 50_000; warm++) {
            reference.processBlock(in, 0, 16, outBlock, 0);
        }
        t0 = System.nanoTime();
        for (int i = 0; i < 200_000; i++) {
            in[15] = (byte) (i % 10);
            in[14] = (byte) (i / 10 % 10);
            reference.processBlock(in, 0, 16, outBlock, 0);
        }
        System.out.printf("BouncyCastle FPEFF1Engine, 16 digits, one at a time: %.0f/s%n", 200_000 / seconds(t0));
        Ff1 ff1 = new Ff1(new byte[16], 10, 16);
        long[] serials = LongStream.range(0, 1_000_000).toArray();
        ff1.encrypt(serials, serials.length);
        t0 = System.nanoTime();
        long genuine = 0;
        for (int rep = 0; rep < 3; rep++) {
            for (long s : serials) {
                genuine += new Ff1(new byte[16], 10, 16).decrypt(s) < n ? 1 : 0;
                if (genuine % 100_000 == 0 && genuine > 300_000) {
                    break;
                }
            }
        }
        System.out.printf("genuine check, FF1 part (new cipher per check): %.0f/s%n", genuine / seconds(t0));

        List<IssuedCode> codes = new ArrayList<>();
        CodeStreamTest.stream("LOT-2026-01", 0, 2000).forEach(codes::add);
        for (int warm = 0; warm < 3; warm++) {
            for (IssuedCode c : codes) {
                QrImages.write(c.uri(), QrStyle.DEFAULT, QrImages.Format.PNG, NULL);
                QrImages.write(c.uri(), QrStyle.DEFAULT, QrImages.Format.SVG, NULL);
            }
        }
        t0 = System.nanoTime();
        for (IssuedCode c : codes) {
            QrSymbol.encode(c.uri(), QrStyle.ErrorCorrection.M);
        }
        System.out.printf("QR encoding alone (ZXing, level M): %.0f/s%n", codes.size() / seconds(t0));
        t0 = System.nanoTime();
        for (IssuedCode c : codes) {
            QrImages.write(c.uri(), QrStyle.DEFAULT, QrImages.Format.PNG, NULL);
        }
        System.out.printf("QR PNG (M, 8 px modules): %.0f/s%n", codes.size() / seconds(t0));
        t0 = System.nanoTime();
        for (IssuedCode c : codes) {
            QrImages.write(c.uri(), QrStyle.DEFAULT, QrImages.Format.SVG, NULL);
        }
        System.out.printf("QR SVG: %.0f/s%n", codes.size() / seconds(t0));
        for (int warm = 0; warm < 2; warm++) {
            LabelSheets.write(CodeStreamTest.stream("L", 0, 2400), LabelLayout.A4_3X8, QrStyle.ErrorCorrection.M, NULL);
        }
        t0 = System.nanoTime();
        LabelSheets.write(CodeStreamTest.stream("L", 0, 2400), LabelLayout.A4_3X8, QrStyle.ErrorCorrection.M, NULL);
        System.out.printf("PDF A4 3x8: %.1f pages/s%n", 100 / seconds(t0));
        database();
    }

    private static void database() throws Exception {
        com.zaxxer.hikari.HikariConfig pool = new com.zaxxer.hikari.HikariConfig();
        pool.setDataSource(TestDatabase.fresh());
        DataSource db = new com.zaxxer.hikari.HikariDataSource(pool);
        Transaction.run(db, c -> new OrganisationStore(db).create(c, new NewOrganisation("Anxi", "CN",
                OrganisationKind.BRAND_OWNER, List.of("9506000")), java.time.Instant.now()));
        ProductCodes codes = new ProductCodes(db, Clock.systemUTC(), SerialKeys.openOrCreate(
                java.nio.file.Files.createTempDirectory("figures")), URI.create("https://id.example.org"), 100_000_000);
        java.nio.file.Path keys = java.nio.file.Files.createTempDirectory("figures-admin");
        org.bricshub.platform.access.AdminBootstrap.run(db, Clock.systemUTC(), keys, "Operator", "CN");
        long operator = new OrganisationStore(db).list().stream().filter(o -> o.kind() == OrganisationKind.OPERATOR)
                .findFirst().orElseThrow().id();
        Principal owner = new Principal(1, operator, OrganisationKind.OPERATOR, Role.ADMIN);
        codes.createProduct(owner, new NewProduct(Gs1Input.gtin("gtin", "09506000134352"),
                LocalisedText.parse("name", java.util.Map.of("en", "Tea"), 100), new LocalisedText(java.util.Map.of()),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Language.EN));
        long before = size(db);
        codes.issueBatch(owner, "09506000134352", new NewBatch("BIG", 10_000_000, Optional.of("271231"),
                Optional.empty(), SerialFormat.DIGITS, List.of()));
        System.out.printf("DB: 10M-code FF1 batch: row %d bytes; tables grew %d bytes%n",
                Transaction.run(db, c -> scalar(c, "select pg_column_size(b.*) from batches b where lot = 'BIG'")),
                size(db) - before);
        List<String> own = LongStream.range(0, 100_000).mapToObj(i -> String.format("S%012d", i)).toList();
        before = size(db);
        long t0 = System.nanoTime();
        codes.issueBatch(owner, "09506000134352", new NewBatch("OWN", own.size(), Optional.empty(), Optional.empty(),
                SerialFormat.DIGITS, own));
        System.out.printf("DB: 100k imported serials: %d bytes (x100 for 10M), imported at %.0f rows/s%n",
                size(db) - before, own.size() / seconds(t0));
        List<String> uris = new ArrayList<>();
        codes.codes(owner, "09506000134352", "BIG", 0, Optional.of(2000L)).forEach(c -> uris.add(c.uri()));
        for (String u : uris) {
            codes.check(u);
        }
        t0 = System.nanoTime();
        for (String u : uris) {
            codes.check(u);
        }
        System.out.printf("genuine check through ProductCodes (parse, DB lookup, FF1): %.0f/s on one thread%n",
                uris.size() / seconds(t0));
    }

    private static long size(DataSource db) {
        return Transaction.run(db, c -> scalar(c, "select sum(pg_total_relation_size(t)) from unnest(array["
                + "'batches','imported_serials','code_states']::regclass[]) t"));
    }

    private static long scalar(Connection c, String sql) throws java.sql.SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long baseline(long n) throws java.io.IOException {
        byte[] line = "https://id.example.org/01/09506000134352/10/LOT-2026-01/21/1234567890123456,09506000134352,LOT-2026-01,1234567890123456,271231\n".getBytes();
        byte[] buffer = new byte[64 * 1024];
        int used = 0;
        long total = 0;
        for (long i = 0; i < n; i++) {
            if (used + line.length > buffer.length) {
                NULL.write(buffer, 0, used);
                used = 0;
            }
            System.arraycopy(line, 0, buffer, used, line.length);
            used += line.length;
            total += line.length;
        }
        NULL.write(buffer, 0, used);
        return total;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
