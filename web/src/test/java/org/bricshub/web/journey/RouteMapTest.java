package org.bricshub.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteMapTest {
    private static RouteMap.Place place(double lat, double lon, String label) {
        return new RouteMap.Place(lat, lon, label, null);
    }

    @Test
    void of_distinctPlacesNumberedInOrder_routeThroughEveryVisit() {
        var map = RouteMap.of(List.of(place(25.06, 118.18, "garden"), place(25.06, 118.18, "garden"),
                place(24.48, 118.08, "port"), place(-29.86, 31.02, "Durban"), place(24.48, 118.08, "port")));
        assertThat(map.points()).extracting(JourneyView.MapPoint::label).containsExactly("garden", "port", "Durban");
        assertThat(map.points()).extracting(JourneyView.MapPoint::number).containsExactly(1, 2, 3);
        assertThat(map.route().split(" L")).hasSize(4);
        assertThat(map.points()).allSatisfy(p -> {
            assertThat(p.x()).isBetween(0.0, (double) RouteMap.WIDTH);
            assertThat(p.y()).isBetween(0.0, (double) RouteMap.HEIGHT);
        });
        // west is left and north is up
        assertThat(map.points().get(2).x()).isLessThan(map.points().get(0).x());
        assertThat(map.points().get(2).y()).isGreaterThan(map.points().get(0).y());
    }

    @Test
    void of_onePlaceOrNone() {
        var one = RouteMap.of(List.of(place(0, 0, "here")));
        assertThat(one.route()).isEmpty();
        assertThat(one.points().get(0).x()).isEqualTo(RouteMap.WIDTH / 2.0);
        assertThat(RouteMap.of(List.of()).isEmpty()).isTrue();
    }
}
