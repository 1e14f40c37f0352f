package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryScheduleTest {

    @ParameterizedTest(name = "{0}={1} at {2}: {3}")
    @CsvSource(delimiter = ';', value = {
        "hour; 1; 2026-03-02T01:05:09Z; true",
        "hour; 1; 2026-03-02T02:05:00Z; false",
        "minute; 5,10; 2026-03-02T07:10:00Z; true",
        "minute; [10-20]; 2026-03-02T07:21:00Z; false",
        "second; 0/30; 2026-03-02T07:21:30Z; true",
        "second; 0/30; 2026-03-02T07:21:31Z; false",
        "dayOfWeek; [1-5]; 2026-03-07T00:00:00Z; false",
        "dayOfWeek; 6; 2026-03-07T00:00:00Z; true",
        "month; 3; 2026-03-07T00:00:00Z; true",
        "dayOfMonth; 31; 2026-03-07T00:00:00Z; false",
    })
    void matches_field(String field, String spec, String time, boolean expected) {
        assertThat(new QuerySchedule(Map.of(field, spec)).matches(ZonedDateTime.parse(time))).isEqualTo(expected);
    }

    @Test
    void matches_everyGivenField() {
        QuerySchedule daily = new QuerySchedule(Map.of("hour", "1", "minute", "5", "second", "0"));
        assertThat(daily.matches(ZonedDateTime.parse("2026-03-02T01:05:00Z"))).isTrue();
        assertThat(daily.matches(ZonedDateTime.parse("2026-03-02T01:05:01Z"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"second; 60", "hour; [5-2]", "minute; x", "dayOfWeek; 0", "month; 1,,2",
        "week; 1", "minute; 0/0"})
    void new_refusesWhatTheGrammarDoesNot(String field, String spec) {
        assertThatThrownBy(() -> new QuerySchedule(Map.of(field, spec))).isInstanceOf(SubscriptionControlsException.class);
    }

    @Test
    void new_refusesAnEmptySchedule() {
        assertThatThrownBy(() -> new QuerySchedule(Map.of())).isInstanceOf(SubscriptionControlsException.class);
    }
}
