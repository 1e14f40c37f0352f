package org.bricshub.web.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bricshub.web.journey.JourneyView.MapPoint;
import org.bricshub.web.journey.JourneyView.MapView;

/**
 * Draws the places of a journey without a tile service: an equirectangular projection of their bounding box (with
 * a margin, and at least a few degrees across so that one place does not fill the view), scaled into a fixed view
 * box. Places repeat in the journey; the map numbers each distinct one once, in order of first visit.
 */
final class RouteMap {
    static final int WIDTH = 320;
    static final int HEIGHT = 200;
    private static final double PAD = 24;
    private static final double MIN_SPAN = 4;

    record Place(double lat, double lon, String label, String lang) {}

    private RouteMap() {}

    static MapView of(List<Place> visits) {
        List<Place> places = new ArrayList<>();
        List<Integer> route = new ArrayList<>();
        for (Place p : visits) {
            int at = indexOf(places, p);
            if (at < 0) {
                places.add(p);
                at = places.size() - 1;
            }
            if (route.isEmpty() || route.get(route.size() - 1) != at) {
                route.add(at);
            }
        }
        if (places.isEmpty()) {
            return new MapView(WIDTH, HEIGHT, "", List.of());
        }
        double minLat = places.stream().mapToDouble(Place::lat).min().orElseThrow();
        double maxLat = places.stream().mapToDouble(Place::lat).max().orElseThrow();
        double minLon = places.stream().mapToDouble(Place::lon).min().orElseThrow();
        double maxLon = places.stream().mapToDouble(Place::lon).max().orElseThrow();
        double spanLon = Math.max(maxLon - minLon, MIN_SPAN);
        double spanLat = Math.max(maxLat - minLat, MIN_SPAN);
        double scale = Math.min((WIDTH - 2 * PAD) / spanLon, (HEIGHT - 2 * PAD) / spanLat);
        double midLon = (minLon + maxLon) / 2;
        double midLat = (minLat + maxLat) / 2;
        List<MapPoint> points = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            points.add(new MapPoint(i + 1, round(WIDTH / 2.0 + (p.lon() - midLon) * scale),
                    round(HEIGHT / 2.0 - (p.lat() - midLat) * scale), p.label(), p.lang()));
        }
        StringBuilder path = new StringBuilder();
        for (int i : route) {
            MapPoint p = points.get(i);
            path.append(path.isEmpty() ? "M" : " L").append(format(p.x())).append(' ').append(format(p.y()));
        }
        return new MapView(WIDTH, HEIGHT, route.size() < 2 ? "" : path.toString(), points);
    }

    private static int indexOf(List<Place> places, Place p) {
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).lat() == p.lat() && places.get(i).lon() == p.lon()) {
                return i;
            }
        }
        return -1;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
