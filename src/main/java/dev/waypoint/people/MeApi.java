package dev.waypoint.people;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The read API's "who am I": the person the token belongs to. */
@Path("/api/v1/me")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "You", description = "The person the token belongs to.")
public class MeApi {

    @Inject
    CurrentPerson currentPerson;

    /** The token's owner as their profile says. */
    public record Me(
            @Schema(example = "42") Long id,
            @Schema(example = "Alice") String name,
            @Schema(example = "Europe/Berlin") String timeZone,
            @Schema(example = "FRIDAY") DayOfWeek checkInDay) {}

    @GET
    @Transactional
    @Operation(
            operationId = "getMe",
            summary = "The person the token belongs to",
            description = "Their name, time zone and check-in day.")
    public Me me() {
        Person me = currentPerson.get();
        return new Me(me.id, me.displayName, me.timeZone, me.checkInDay);
    }
}
