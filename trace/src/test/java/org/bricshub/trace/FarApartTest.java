package org.bricshub.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FarApartTest {
    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | minutes | lat1 | lon1  | lat2  | lon2  | far
            Sao Paulo to Johannesburg in one hour   | 60      | -23.5| -46.6 | -26.2 | 28.0  | true
            Sao Paulo to Johannesburg in 12 hours   | 720     | -23.5| -46.6 | -26.2 | 28.0  | false
            Xiamen to Anxi (~70 km) in 3 minutes    | 3       | 24.5 | 118.1 | 25.1  | 118.2 | true
            Xiamen to Anxi in two hours             | 120     | 24.5 | 118.1 | 25.1  | 118.2 | false
            same rounded place at the same instant  | 0       | 24.5 | 118.1 | 24.5  | 118.1 | false
            neighbouring cells (~20 km) at once     | 0       | 24.5 | 118.1 | 24.6  | 118.2 | false
            """)
    void between_coordinates(String name, long minutes, double lat1, double lon1, double lat2, double lon2, boolean far) {
        var a = new FarApart.Sighting(T0, Optional.empty(), Optional.of(ScanPlace.rounded(lat1, lon1)));
        var b = new FarApart.Sighting(T0.plus(Duration.ofMinutes(minutes)), Optional.empty(),
                Optional.of(ScanPlace.rounded(lat2, lon2)));
        assertThat(FarApart.between(a, b)).isEqualTo(far);
        assertThat(FarApart.between(b, a)).isEqualTo(far);
    }

    @ParameterizedTest(name = "{0} {1} after {2} min: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            BR | ZA | 30  | true
            BR | ZA | 59  | true
            BR | ZA | 61  | false
            BR | BR | 1   | false
            BR |    | 1   | false
            """)
    void between_countries(String c1, String c2, long minutes, boolean far) {
        var a = new FarApart.Sighting(T0, Optional.of(c1), Optional.empty());
        var b = new FarApart.Sighting(T0.plus(Duration.ofMinutes(minutes)), Optional.ofNullable(c2), Optional.empty());
        assertThat(FarApart.between(a, b)).isEqualTo(far);
    }

    @ParameterizedTest(name = "country differs but coordinates agree: {0} km/h rule wins")
    @CsvSource({"5"})
    void between_coordinatesOverruleCountries(long minutes) {
        // Two scans a few kilometres apart across a border: the coordinates show it is one place.
        var a = new FarApart.Sighting(T0, Optional.of("ZA"), Optional.of(ScanPlace.rounded(-25.9, 32.5)));
        var b = new FarApart.Sighting(T0.plus(Duration.ofMinutes(minutes)), Optional.of("MZ"),
                Optional.of(ScanPlace.rounded(-25.9, 32.6)));
        assertThat(FarApart.between(a, b)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"90.01,0,lat", "-90.5,0,lat", "0,180.2,lon", "0,-181,lon", "NaN,0,lat", "0,Infinity,lon"})
    void rounded_outOfRange_namesTheField(double lat, double lon, String field) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScanPlace.rounded(lat, lon))
                .isInstanceOf(org.bricshub.platform.problem.InvalidInputException.class)
                .hasMessageContaining(field);
    }

    @ParameterizedTest
    @CsvSource({"24.46,118.08,245,1181", "-26.2041,28.0473,-262,280", "90,180,900,1800", "-0.04,-0.06,0,-1"})
    void rounded_keepsTenthsOfADegree(double lat, double lon, int latTenths, int lonTenths) {
        assertThat(ScanPlace.rounded(lat, lon)).isEqualTo(new ScanPlace(latTenths, lonTenths));
    }
}
