package org.bricshub.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeStreamTest {
    private static final byte[] KEY = new byte[16];

    static CodeStream stream(String lot, long from, long count) {
        Batch batch = new Batch(1, "09506000134352", lot, 1000, Optional.of("271231"), Optional.empty(),
                Optional.of(SerialFormat.DIGITS), "", Instant.EPOCH);
        return new CodeStream(batch, "https://id.example.org", new CodeStream.Encrypted(KEY, SerialFormat.DIGITS),
                from, count);
    }

    @Test
    void writeCsv_equalsTheCodesOfForEach() throws Exception {
        CodeStream stream = stream("A,\"1", 5, 2500);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stream.writeCsv(out);
        List<String> expected = new ArrayList<>(List.of("uri,gtin,lot,serial,expiry"));
        stream.forEach(c -> expected.add(c.uri() + "," + c.gtin() + ",\"A,\"\"1\"," + c.serial() + "," + c.expiry()));
        assertThat(out.toString(StandardCharsets.US_ASCII).lines().toList()).isEqualTo(expected);
        assertThat(expected.get(1)).startsWith("https://id.example.org/01/09506000134352/10/A%2C%221/21/");
    }

    @Test
    void forEach_fromSkipsTheFirstItems() {
        List<String> all = new ArrayList<>();
        stream("L", 0, 20).forEach(c -> all.add(c.serial()));
        List<String> tail = new ArrayList<>();
        stream("L", 15, 5).forEach(c -> tail.add(c.serial()));
        assertThat(tail).isEqualTo(all.subList(15, 20));
    }

    @Test
    void humanReadable_hasTheGs1ElementsUnderTheCode() {
        IssuedCode code = new IssuedCode("u", "09506000134352", "L1", "0123", "271231");
        assertThat(LabelSheets.humanReadable(code)).containsExactly("(01) 09506000134352 (10) L1", "(21) 0123 (17) 271231");
    }
}
