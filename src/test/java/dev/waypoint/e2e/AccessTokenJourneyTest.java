package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Someone makes a token for a script on their phone, copies it, sees its last use, and revokes it. */
@QuarkusTest
class AccessTokenJourneyTest extends BrowserJourneyTest {

    @Test
    void aTokenIsShownOnceListedWithItsLastUseAndRevoked() throws Exception {
        Newcomer me = Newcomer.signUp("scripter");
        browser.adopt(url(""), me.session().cookies());
        browser.resize(390);
        browser.open(url("/profile"));
        browser.waitForText("Access tokens");
        assertThat(browser.text()).contains("You have no access tokens");

        browser.button("Make a token").click();
        browser.waitForText("Please name the token");
        browser.field("Token name").sendKeys("Weekly report script");
        browser.field("Lasts").sendKeys("30");
        browser.field("Token name").sendKeys(Keys.ENTER);
        browser.waitForText("Your new access token, \"Weekly report script\"");

        String token = browser.field("Access token").getAttribute("value");
        assertThat(token).startsWith("wpt_");
        browser.button("Copy token").click();
        browser.waitUntil(() -> !browser.driver
                .findElement(By.id("announcer"))
                .getAttribute("textContent")
                .isBlank());
        assertThat(browser.scrollsSideways()).isFalse();
        browser.assertAccessible();
        browser.screenshot("AccessTokenJourneyTest-new-token-phone", 390);

        Fixtures.api(token).get("/api/v1/me").then().statusCode(200);
        browser.resize(1280);
        browser.open(url("/profile"));
        assertThat(browser.text()).doesNotContain(token);
        String row = browser.driver.findElement(By.cssSelector(".token-row")).getText();
        assertThat(row).contains("Weekly report script").contains("last used").doesNotContain("never used");
        browser.screenshot("AccessTokenJourneyTest-listed");

        browser.driver
                .findElement(By.cssSelector("[aria-label='Revoke the token Weekly report script']"))
                .click();
        browser.waitForText("Token revoked");
        assertThat(browser.text()).contains("You have no access tokens");
        Fixtures.api(token).get("/api/v1/me").then().statusCode(401);
        browser.assertAccessible();
    }
}
