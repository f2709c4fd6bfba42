package dev.waypoint.web;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/** The production jar refuses to start half-configured, and says which variables to set. */
@IfBuildProfile("prod")
public class ProductionConfigCheck {

    private static final Logger LOG = Logger.getLogger(ProductionConfigCheck.class);

    record Setting(String property, String variable, int minLength, String purpose) {}

    static final List<Setting> REQUIRED = List.of(
            new Setting(
                    "quarkus.oidc.auth-server-url",
                    "QUARKUS_OIDC_AUTH_SERVER_URL",
                    1,
                    "your OpenID Connect provider, e.g. https://id.example.com/realms/acme"),
            new Setting("quarkus.oidc.client-id", "QUARKUS_OIDC_CLIENT_ID", 1, "Waypoint's client id there"),
            new Setting(
                    "quarkus.oidc.token-state-manager.encryption-secret",
                    "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
                    32,
                    "32+ random characters, the same on every instance"));

    void check(@Observes StartupEvent started) {
        List<String> missing = missingSettings();
        if (!missing.isEmpty()) {
            LOG.error(explain(missing));
            Quarkus.asyncExit(1);
        }
    }

    static String explain(List<String> missing) {
        return "Waypoint cannot start: sign-in is not configured. Set these environment variables:\n  "
                + String.join("\n  ", missing)
                + "\n(and QUARKUS_OIDC_CREDENTIALS_SECRET if the client is confidential). See README.md.";
    }

    /** Like {@link #missingSettings()}, but when configuration cannot be read at all, every setting. */
    static List<String> missingSettingsOrAll() {
        try {
            return missingSettings();
        } catch (RuntimeException configurationUnreadable) {
            return REQUIRED.stream()
                    .map(setting -> setting.variable() + " - " + setting.purpose())
                    .toList();
        }
    }

    static List<String> missingSettings() {
        var config = ConfigProvider.getConfig();
        List<String> missing = new ArrayList<>();
        for (Setting setting : REQUIRED) {
            String value = config.getOptionalValue(setting.property(), String.class)
                    .orElse("")
                    .strip();
            if (value.length() < setting.minLength()) {
                missing.add(setting.variable() + " - " + setting.purpose());
            }
        }
        return missing;
    }
}
