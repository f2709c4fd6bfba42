package dev.waypoint.web;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the OpenAPI document to the read API: pages and forms are for browsers, not for scripts.
 * (A filter rather than mp.openapi.scan.classes, which fails the build on Quarkus 3.33.2.)
 */
public class ApiOnlyDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        document.getPaths().getPathItems().keySet().stream()
                .filter(path -> !path.startsWith(Problem.API_PATH))
                .toList()
                .forEach(document.getPaths()::removePathItem);
    }
}
