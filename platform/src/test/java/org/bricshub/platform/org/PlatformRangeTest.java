package org.bricshub.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.bricshub.platform.problem.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformRangeTest {
    private final PlatformRange range = new PlatformRange("690123");

    @ParameterizedTest
    @CsvSource({"1, 11", "10, 11", "11, 10", "100, 10", "101, 9", "100000, 7"})
    void subPrefixLength_givesRoomForTheCapacity(long capacity, int length) {
        assertThat(range.subPrefixLength(capacity)).isEqualTo(length);
    }

    @Test
    void subPrefixLength_refusesWhatTheRangeCannotHold() {
        assertThat(range.maxCapacity()).isEqualTo(100_000);
        assertThatThrownBy(() -> range.subPrefixLength(100_001)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("capacity").hasMessageContaining("100000");
        assertThatThrownBy(() -> range.subPrefixLength(0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void firstFree_skipsTakenSubPrefixesAndLongerOnesInside() {
        assertThat(range.firstFree(10, List.of())).contains("6901230000");
        assertThat(range.firstFree(10, List.of("6901230000", "69012300011", "4006381"))).contains("6901230002");
    }

    @Test
    void firstFree_skipsWholeShorterSubRanges() {
        assertThat(range.firstFree(10, List.of("6901230", "69012310"))).contains("6901231100");
    }

    @Test
    void firstFree_isEmptyWhenTheRangeIsFullOrHeldAsAWhole() {
        assertThat(range.firstFree(7, List.of("690123"))).isEmpty();
        assertThat(range.firstFree(7, List.of("69012"))).isEmpty();
        List<String> all = java.util.stream.IntStream.range(0, 10).mapToObj(i -> "690123" + i).toList();
        assertThat(range.firstFree(7, all)).isEqualTo(Optional.empty());
        assertThat(range.firstFree(8, all)).isEmpty();
    }

    @Test
    void constructor_refusesWhatIsNotAPrefix() {
        assertThatThrownBy(() -> new PlatformRange("69a123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlatformRange("69012345678")).isInstanceOf(IllegalArgumentException.class);
    }
}
