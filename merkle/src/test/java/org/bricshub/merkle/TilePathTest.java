package org.bricshub.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TilePathTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, 000",
        "7, 007",
        "999, 999",
        "1000, x001/000",
        "1234067, x001/x234/067",
        "1000000, x001/x000/000",
        "9223372036854775807, x009/x223/x372/x036/x854/x775/807",
    })
    void path_encodesIndexInThreeDigitGroups(long index, String encoded) {
        assertThat(new TilePath.Hashes(0, index, 256).path()).isEqualTo("tile/0/" + encoded);
        assertThat(new TilePath.Entries(index, 256).path()).isEqualTo("tile/entries/" + encoded);
        assertThat(TilePath.parse("tile/0/" + encoded)).isEqualTo(new TilePath.Hashes(0, index, 256));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tile/0/000, 0, 0, 256, false",
        "tile/1/x001/x234/067.p/8, 1, 1234067, 8, false",
        "tile/63/999.p/255, 63, 999, 255, false",
        "tile/entries/x001/x234/067, -1, 1234067, 256, true",
        "tile/entries/000.p/1, -1, 0, 1, true",
    })
    void parse_canonicalPaths(String path, int level, long index, int width, boolean entries) {
        TilePath parsed = TilePath.parse(path);
        TilePath expected = entries ? new TilePath.Entries(index, width) : new TilePath.Hashes(level, index, width);
        assertThat(parsed).isEqualTo(expected);
        assertThat(parsed.path()).isEqualTo(path);
        assertThat(parsed.partial()).isEqualTo(width < 256);
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {
        "", "tile", "tile/0", "tile/0/", "tiles/0/000", "/tile/0/000", "tile/0/000/",
        "tile/00/000", "tile/01/000", "tile/64/000", "tile/-1/000", "tile/+1/000", "tile/a/000",
        "tile/0/1", "tile/0/0001", "tile/0/00a", "tile/0/x000/000", "tile/0/x001/x000", "tile/0/001/000",
        "tile/0/x01/000", "tile/0/X001/000", "tile/0/xx001/000",
        "tile/0/000.p/0", "tile/0/000.p/256", "tile/0/000.p/08", "tile/0/000.p/", "tile/0/000.p",
        "tile/0/000.p/1/2", "tile/0/000.q/1", "tile/0/.p/1",
        "tile/0/x009/x223/x372/x036/x854/x775/808", "tile/0/x001/x001/x001/x001/x001/x001/x001/001",
        "tile/entries/x000/001", "tile/entries/", "tile/entries/000.p/300",
    })
    void parse_malformedPaths_rejectedWithReason(String path) {
        assertThatThrownBy(() -> TilePath.parse(path))
                .isInstanceOf(LogFormatException.class)
                .hasMessageStartingWith("malformed tile path: ");
    }

    @Test
    void constructor_outOfRangeValues_rejected() {
        assertThatThrownBy(() -> new TilePath.Hashes(64, 0, 256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TilePath.Hashes(0, -1, 256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TilePath.Entries(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TilePath.Entries(0, 257)).isInstanceOf(IllegalArgumentException.class);
    }
}
