package dev.waypoint.web;

/** A query parameter of the read API that does not parse: 400, with this sentence as the detail. */
public class BadParameter extends RuntimeException {

    public BadParameter(String detail) {
        super(detail, null, false, false);
    }
}
