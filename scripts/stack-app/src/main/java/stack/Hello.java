package stack;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One public endpoint to poll while starting, one signed-in page that reads the database. */
@Path("/hello")
public class Hello {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hello(long count);
    }

    @GET
    public String hello() {
        return "hello";
    }

    @GET
    @Path("/page")
    @Authenticated
    public TemplateInstance page() {
        return Templates.hello(Thing.count());
    }
}
