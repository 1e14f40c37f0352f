package org.bricshub.web.journey;

import java.util.List;

/**
 * The journey page's content, every text already in the viewer's language.
 *
 * @param productLang the language tag of the product name when it is not the page's language, else null
 * @param alerts warnings for the consumer (recall, copied code, ...)
 * @param verifiedSummary what the page says once every step verified
 */
public record JourneyView(String productName, String productLang, String brand, String gtin, String lot,
        String serial, List<String> alerts, List<StepView> steps, MapView map, boolean truncated,
        String verifiedSummary) {
    public JourneyView {
        alerts = List.copyOf(alerts);
        steps = List.copyOf(steps);
    }

    /**
     * One timeline step.
     *
     * @param eventId the event hash ID (the page's {@code data-event-id} contract)
     * @param key the hex key of the event's public JSON and proof URLs
     * @param placeLang the language tag of the place name when it is not the page's language, else null
     */
    public record StepView(String eventId, String key, String title, String isoTime, String time, String place,
            String placeLang, String country, String party, boolean customs, String disposition,
            List<String> certificates, List<String> sensors) {
        public StepView {
            certificates = List.copyOf(certificates);
            sensors = List.copyOf(sensors);
        }
    }

    /**
     * The route as an inline SVG: points projected into a {@code width × height} view box, numbered in journey order.
     *
     * @param route SVG path data through the points, or empty for fewer than two
     */
    public record MapView(int width, int height, String route, List<MapPoint> points) {
        public MapView {
            points = List.copyOf(points);
        }

        public boolean isEmpty() {
            return points.isEmpty();
        }
    }

    /** A place on the map. */
    public record MapPoint(int number, double x, double y, String label, String lang) {}
}
