package dev.waypoint.e2e.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.e2e.BrowserJourneyTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in with a password on a real Keycloak's login form, and signing out of both. */
@QuarkusTest
@TestProfile(KeycloakSignInTest.RealKeycloak.class)
class KeycloakSignInTest extends BrowserJourneyTest {

    public static class RealKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:8180/realms/waypoint",
                    "quarkus.oidc.client-id", "waypoint",
                    "quarkus.oidc.credentials.secret", "waypoint-local-secret",
                    "quarkus.oidc.devservices.enabled", "false",
                    "waypoint.dev-provider-issuer", "");
        }
    }

    @Test
    void erinSignsInWithHerPasswordIsAnAdminAndSigningOutEndsTheKeycloakSessionToo() {
        // Keycloak accepts loopback redirect URIs on any port for 127.0.0.1, not for "localhost".
        String app = url("/").replace("localhost", "127.0.0.1");
        browser.open(app);
        browser.link("Sign in").click();

        browser.waitForText("Sign in to your account");
        browser.field("Username or email").sendKeys("erin");
        browser.field("Password").sendKeys("erin-password");
        browser.button("Sign In").click();

        browser.waitForText("Hello, Erin!");
        browser.link("Profile").click();
        browser.waitForText("Your profile");
        assertThat(browser.text()).contains("You are an instance admin");
        browser.assertAccessible();

        browser.button("Sign out").click();
        browser.waitForText("Turn far-off career dreams");

        browser.link("Sign in").click();
        browser.waitForText("Sign in to your account");
        assertThat(browser.driver.findElements(By.id("password")))
                .as("Keycloak asks for the password again")
                .isNotEmpty();
    }
}
