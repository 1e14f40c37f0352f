package org.bricshub.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.bricshub.gs1.AiElement;
import org.bricshub.gs1.DigitalLink;

/**
 * The codes of items {@code from .. from+count-1} of a batch, produced on demand in constant memory: FF1 serials
 * are computed in chunks, imported serials read from the database page by page.
 */
public final class CodeStream {
    static final String CSV_HEADER = "uri,gtin,lot,serial,expiry\n";
    private static final int CHUNK = 1024;

    /** Where serials come from. */
    sealed interface Serials permits Encrypted, Imported {
    }

    /** FF1 serials: item index -> serial under the batch key. */
    record Encrypted(byte[] key, SerialFormat format) implements Serials {
    }

    /** A company's own serials, read in order. */
    record Imported(ImportedReader reader) implements Serials {
    }

    /** Reads imported serials {@code from .. from+count-1} in serial order. */
    @FunctionalInterface
    interface ImportedReader {
        void read(long from, long count, Consumer<String> sink);
    }

    private final Batch batch;
    private final String stem;
    private final Serials serials;
    private final long from;
    private final long count;

    CodeStream(Batch batch, String stem, Serials serials, long from, long count) {
        this.batch = batch;
        this.stem = stem;
        this.serials = serials;
        this.from = from;
        this.count = count;
    }

    public Batch batch() {
        return batch;
    }

    /** How many codes this stream produces. */
    public long count() {
        return count;
    }

    /** Writes the header and one CSV line per code: uri, gtin, lot, serial, expiry (RFC 4180). */
    public void writeCsv(OutputStream out) throws IOException {
        out.write(CSV_HEADER.getBytes(StandardCharsets.US_ASCII));
        switch (serials) {
            case Encrypted e -> writeEncryptedCsv(e, out);
            case Imported i -> {
                try {
                    forEach(code -> {
                        try {
                            out.write(csvLine(code).getBytes(StandardCharsets.UTF_8));
                        } catch (IOException x) {
                            throw new UncheckedIOException(x);
                        }
                    });
                } catch (UncheckedIOException x) {
                    throw x.getCause();
                }
            }
        }
    }

    /** Calls {@code sink} with each code in order. */
    public void forEach(Consumer<IssuedCode> sink) {
        String expiry = batch.expiry().orElse("");
        switch (serials) {
            case Encrypted e -> {
                String prefix = uriPrefix();
                Ff1 ff1 = new Ff1(e.key(), e.format().radix(), e.format().length());
                long[] chunk = new long[CHUNK];
                byte[] serial = new byte[e.format().length()];
                for (long done = 0; done < count; ) {
                    int n = (int) Math.min(CHUNK, count - done);
                    fill(chunk, from + done, n);
                    ff1.encrypt(chunk, n);
                    for (int k = 0; k < n; k++) {
                        e.format().write(chunk[k], serial, 0);
                        String s = new String(serial, StandardCharsets.US_ASCII);
                        sink.accept(new IssuedCode(prefix + s, batch.gtin(), batch.lot(), s, expiry));
                    }
                    done += n;
                }
            }
            case Imported i -> i.reader().read(from, count, s -> sink.accept(
                    new IssuedCode(uri(stem, batch.gtin(), batch.lot(), s), batch.gtin(), batch.lot(), s, expiry)));
        }
    }

    private void writeEncryptedCsv(Encrypted e, OutputStream out) throws IOException {
        byte[] prefix = uriPrefix().getBytes(StandardCharsets.US_ASCII);
        byte[] middle = ("," + batch.gtin() + "," + csvField(batch.lot()) + ",").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("," + batch.expiry().orElse("") + "\n").getBytes(StandardCharsets.US_ASCII);
        int serialLength = e.format().length();
        int lineLength = prefix.length + middle.length + tail.length + 2 * serialLength;
        byte[] buffer = new byte[Math.max(64 * 1024, lineLength * 2)];
        int used = 0;
        Ff1 ff1 = new Ff1(e.key(), e.format().radix(), serialLength);
        long[] chunk = new long[CHUNK];
        for (long done = 0; done < count; ) {
            int n = (int) Math.min(CHUNK, count - done);
            fill(chunk, from + done, n);
            ff1.encrypt(chunk, n);
            for (int k = 0; k < n; k++) {
                if (used + lineLength > buffer.length) {
                    out.write(buffer, 0, used);
                    used = 0;
                }
                System.arraycopy(prefix, 0, buffer, used, prefix.length);
                used += prefix.length;
                int serialAt = used;
                e.format().write(chunk[k], buffer, used);
                used += serialLength;
                System.arraycopy(middle, 0, buffer, used, middle.length);
                used += middle.length;
                System.arraycopy(buffer, serialAt, buffer, used, serialLength);
                used += serialLength;
                System.arraycopy(tail, 0, buffer, used, tail.length);
                used += tail.length;
            }
            done += n;
        }
        out.write(buffer, 0, used);
    }

    /** The codes' URI up to and including "/21/". */
    String uriPrefix() {
        String withPlaceholder = uri(stem, batch.gtin(), batch.lot(), "0");
        return withPlaceholder.substring(0, withPlaceholder.length() - 1);
    }

    static String uri(String stem, String gtin, String lot, String serial) {
        return DigitalLink.of(stem, List.of(new AiElement("01", gtin), new AiElement("10", lot),
                new AiElement("21", serial))).toUri();
    }

    private static void fill(long[] chunk, long first, int n) {
        for (int k = 0; k < n; k++) {
            chunk[k] = first + k;
        }
    }

    private static String csvLine(IssuedCode c) {
        return csvField(c.uri()) + "," + c.gtin() + "," + csvField(c.lot()) + "," + csvField(c.serial()) + ","
                + c.expiry() + "\n";
    }

    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
