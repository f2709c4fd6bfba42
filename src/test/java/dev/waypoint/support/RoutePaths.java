package dev.waypoint.support;

import java.util.Map;

/** A route as the access tests list it ("/teams/{team}/cards/{shared}/move") with real ids in place. */
public final class RoutePaths {

    private RoutePaths() {}

    /** {@code route} with each placeholder in {@code ids} ("{team}" to "12") replaced. */
    public static String concrete(String route, Map<String, String> ids) {
        String path = route;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        return path;
    }
}
