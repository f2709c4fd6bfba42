package dev.waypoint.web;

import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.Response;

/**
 * An error answer of the read API as problem details (RFC 9457): the status, its usual title, and
 * a sentence saying what to do. Never an HTML page, never a stack trace.
 */
public record Problem(int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Where the read API lives: errors there are problem details, everywhere else pages. */
    public static final String API_PATH = "/api/";

    public static boolean isApi(String path) {
        return path != null && path.startsWith(API_PATH);
    }

    /** The HTTP reason phrase, as RFC 9457 asks when the type is "about:blank". */
    public String title() {
        if (status == 429) {
            return "Too Many Requests";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    public String toJson() {
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", title())
                .put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        return problem.put("instance", instance).encode();
    }

    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
    }
}
