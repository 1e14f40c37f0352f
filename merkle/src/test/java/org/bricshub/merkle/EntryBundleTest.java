package org.bricshub.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EntryBundleTest {

    @Test
    void encode_prefixesBigEndianUint16Lengths() {
        EntryBundle bundle = new EntryBundle(List.of(new byte[0], new byte[] {7}, new byte[300]));
        byte[] encoded = bundle.encode();
        assertThat(HexFormat.of().formatHex(encoded, 0, 7)).isEqualTo("0000000107012c");
        assertThat(encoded).hasSize(2 + 3 + 2 + 300);
        assertThat(EntryBundle.decode(encoded)).isEqualTo(bundle);
    }

    @Test
    void decode_fullBundleOfMaximalEntries_roundTrips() {
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            entries.add(ReferenceTree.syntheticEntry(i));
        }
        entries.set(255, new byte[EntryBundle.MAX_ENTRY_SIZE]);
        EntryBundle bundle = new EntryBundle(entries);
        EntryBundle decoded = EntryBundle.decode(bundle.encode());
        assertThat(decoded.width()).isEqualTo(256);
        assertThat(decoded.entries().get(7)).isEqualTo(ReferenceTree.syntheticEntry(7));
        assertThat(decoded.prefix(3)).isEqualTo(new EntryBundle(entries.subList(0, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "00, truncated length prefix",
        "0002ff, runs past the end",
        "000101ff, truncated length prefix",
    })
    void decode_malformed_rejected(String hex, String reason) {
        assertThatThrownBy(() -> EntryBundle.decode(HexFormat.of().parseHex(hex)))
                .isInstanceOf(LogFormatException.class).hasMessageContaining(reason);
    }

    @Test
    void decode_moreThan256Entries_rejected() {
        byte[] encoded = new byte[257 * 2];
        assertThatThrownBy(() -> EntryBundle.decode(encoded)).isInstanceOf(LogFormatException.class)
                .hasMessageContaining("more than 256");
    }

    @Test
    void constructor_oversizedEntryOrTooManyEntries_rejected() {
        assertThatThrownBy(() -> new EntryBundle(List.of(new byte[65536])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryBundle(Collections.nCopies(257, new byte[1])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
