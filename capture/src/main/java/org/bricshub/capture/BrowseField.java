package org.bricshub.capture;

/**
 * The top-level resources of the REST binding that list the values events hold ({@code /eventTypes}, {@code /epcs},
 * {@code /bizSteps}, {@code /bizLocations}, {@code /readPoints}, {@code /dispositions}).
 */
public enum BrowseField {
    EVENT_TYPE("eventTypes"), EPC("epcs"), BIZ_STEP("bizSteps"), BIZ_LOCATION("bizLocations"),
    READ_POINT("readPoints"), DISPOSITION("dispositions");

    private final String resource;

    BrowseField(String resource) {
        this.resource = resource;
    }

    /** The path segment under {@code /epcis}. */
    public String resource() {
        return resource;
    }
}
