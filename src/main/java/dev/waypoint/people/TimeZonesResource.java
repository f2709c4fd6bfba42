package dev.waypoint.people;

import dev.waypoint.web.Assets;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The time zones to suggest, as the options of the profile's datalist. They are fetched the first
 * time the field takes focus and then cached for a year under a URL that changes with the list,
 * so the profile page does not carry 26 KB of zone names on every visit.
 */
@Path(TimeZonesResource.PATH)
@PermitAll
public class TimeZonesResource {

    static final String PATH = "/assets/time-zones";

    /** The list's URL, versioned by its content. */
    public static final String URL = PATH + "?" + Assets.VERSION + "=" + TimeZones.digest();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance options(List<String> timeZones);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance options() {
        return Templates.options(TimeZones.ids());
    }
}
