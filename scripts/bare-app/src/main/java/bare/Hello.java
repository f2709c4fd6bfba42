package bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One endpoint, so there is something to ask while measuring. */
@Path("/hello")
public class Hello {

    @GET
    public String hello() {
        return "hello";
    }
}
