package dev.waypoint.web;

import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Keeps the OpenAPI document to the read API (pages and forms are for browsers, not scripts), and
 * says how it fails: every error is problem details. A filter rather than mp.openapi.scan.classes,
 * which fails the build on Quarkus 3.33.2.
 */
public class ApiOnlyDocument implements OASFilter {

    private static final String PROBLEM = "Problem";

    private static final String SCHEMA_REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        document.getPaths().getPathItems().keySet().stream()
                .filter(path -> !path.startsWith(Problem.API_PATH))
                .toList()
                .forEach(document.getPaths()::removePathItem);
        document.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .forEach(ApiOnlyDocument::describeFailures);
        document.getComponents().addSchema(PROBLEM, problemSchema());
        // Waypoint has no licence chosen yet, which leaves every right with its authors; client
        // generators and linters want the licence named, so the document says so, in SPDX terms.
        document.getInfo()
                .license(OASFactory.createLicense()
                        .name("All rights reserved")
                        .identifier("LicenseRef-All-Rights-Reserved"));
        keepOnlyReferencedSchemas(document);
    }

    private static void describeFailures(Operation operation) {
        APIResponses responses = operation.getResponses();
        responses.removeAPIResponse("403");
        failure(responses, "401", "No token, or one that is unknown, revoked or expired.");
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        parameters.stream().map(Parameter::getIn).distinct().forEach(in -> {
            if (in == Parameter.In.PATH) {
                failure(responses, "404", "Nothing with that id that this token may read.");
            } else if (in == Parameter.In.QUERY) {
                failure(responses, "400", "A parameter that does not fit; the detail says what does.");
            }
        });
        failure(responses, "429", "Too many calls with this token; the Retry-After header says when to try again.");
    }

    private static void failure(APIResponses responses, String status, String description) {
        responses.addAPIResponse(
                status,
                OASFactory.createAPIResponse()
                        .description(description)
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        Problem.MEDIA_TYPE,
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema()
                                                        .ref(SCHEMA_REF + PROBLEM)))));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .description("Problem details (RFC 9457).")
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("type", text("about:blank"))
                .addProperty("title", text("Not Found"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .addExample(404))
                .addProperty("detail", text("There is nothing here that this token may read."))
                .addProperty("instance", text("/api/v1/goals/17"));
    }

    private static Schema text(String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).addExample(example);
    }

    /** The page resources' types were scanned too: keep the schemas the API's routes reach. */
    private static void keepOnlyReferencedSchemas(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        Deque<Schema> toVisit = new java.util.LinkedList<>(); // holds the nulls a missing part gives
        document.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> toVisit.add(p.getSchema()));
                    }
                    operation.getResponses().getAPIResponses().values().forEach(r -> addAll(toVisit, r.getContent()));
                });
        Set<String> reached = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema == null) {
                continue;
            }
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMA_REF) && reached.add(ref.substring(SCHEMA_REF.length()))) {
                toVisit.add(schemas.get(ref.substring(SCHEMA_REF.length())));
            }
            Stream.of(
                            schema.getProperties() == null
                                    ? null
                                    : schema.getProperties().values(),
                            schema.getAllOf(),
                            schema.getAnyOf(),
                            schema.getOneOf())
                    .filter(Objects::nonNull)
                    .flatMap(Collection::stream)
                    .forEach(toVisit::add);
            toVisit.add(schema.getItems());
            toVisit.add(schema.getAdditionalPropertiesSchema());
        }
        schemas.keySet().stream()
                .filter(name -> !reached.contains(name))
                .toList()
                .forEach(document.getComponents()::removeSchema);
    }

    private static void addAll(Deque<Schema> toVisit, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> toVisit.add(media.getSchema()));
        }
    }
}
