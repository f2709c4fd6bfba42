package dev.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void healthIsPublicAndCoversTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(containsString("\"status\": \"UP\""))
                .body(containsString("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
