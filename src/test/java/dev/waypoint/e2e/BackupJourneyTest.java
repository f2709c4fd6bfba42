package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.H2InAFile;
import dev.waypoint.support.Newcomer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** Erin backs the instance up from the admin overview, with the keyboard, on H2 in a file as in production. */
@QuarkusTest
@TestProfile(H2InAFile.class)
class BackupJourneyTest extends BrowserJourneyTest {

    @Test
    void erinBacksUpNowAndSeesTheNewestBackup() {
        Newcomer erin = Newcomer.signUpAdmin("erin-backs-up");
        browser.adopt(url(""), erin.session().cookies());
        browser.open(url("/admin"));
        browser.waitForText("Backups");
        assertThat(browser.text()).contains("daily at 03:30 (UTC)").contains("keeping the newest 3");
        browser.assertAccessible();

        browser.button("Back up now").sendKeys(Keys.ENTER);
        browser.waitForText("Backup taken.");
        assertThat(browser.text())
                .contains("Last backup")
                .containsPattern("Newest file: \\S*/backups/waypoint-\\d{8}-\\d{6}\\.zip");
        browser.assertAccessible();
    }
}
