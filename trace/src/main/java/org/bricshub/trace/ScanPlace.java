package org.bricshub.trace;

import org.bricshub.platform.problem.InvalidInputException;

/**
 * A coarse place: latitude and longitude rounded to a tenth of a degree (about 11 km north-south, less east-west
 * away from the equator), so a stored scan never pins down a home.
 */
public record ScanPlace(int latTenths, int lonTenths) {
    public ScanPlace {
        if (latTenths < -900 || latTenths > 900) {
            throw new InvalidInputException("lat", "must be between -90 and 90");
        }
        if (lonTenths < -1800 || lonTenths > 1800) {
            throw new InvalidInputException("lon", "must be between -180 and 180");
        }
    }

    /**
     * Rounds coordinates the browser offered.
     *
     * @throws InvalidInputException (lat, lon) for a value that is not a finite number in range
     */
    public static ScanPlace rounded(double lat, double lon) {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new InvalidInputException("lat", "must be a number between -90 and 90");
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new InvalidInputException("lon", "must be a number between -180 and 180");
        }
        return new ScanPlace((int) Math.round(lat * 10), (int) Math.round(lon * 10));
    }

    public double latitude() {
        return latTenths / 10.0;
    }

    public double longitude() {
        return lonTenths / 10.0;
    }

    /** Great-circle distance in kilometres (haversine, mean Earth radius 6371 km). */
    public double kilometresTo(ScanPlace other) {
        double p1 = Math.toRadians(latitude());
        double p2 = Math.toRadians(other.latitude());
        double dp = p2 - p1;
        double dl = Math.toRadians(other.longitude() - longitude());
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
