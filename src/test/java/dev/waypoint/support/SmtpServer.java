package dev.waypoint.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.util.Map;

/**
 * A real mail server (GreenMail) on free ports for every test run: the app's mailer delivers to
 * it over SMTP, and {@link Inbox} reads each recipient's mailbox over IMAP, as a mail client would.
 */
@WithTestResource(value = SmtpServer.class, scope = TestResourceScope.GLOBAL)
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    /** Where {@link Inbox} finds the IMAP port. */
    static final String IMAP_PORT = "waypoint.test.imap-port";

    private GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return Map.of(
                "quarkus.mailer.mock",
                "false",
                "quarkus.mailer.host",
                "127.0.0.1",
                "quarkus.mailer.port",
                String.valueOf(server.getSmtp().getPort()),
                "quarkus.mailer.start-tls",
                "DISABLED",
                // GreenMail drops a connection idle for 30 s: the mailer lets go of idle ones sooner.
                "quarkus.mailer.keep-alive-timeout",
                "PT10S",
                "quarkus.mailer.pool-cleaner-period",
                "PT1S",
                "quarkus.log.category.\"com.icegreen\".level",
                "WARN",
                IMAP_PORT,
                String.valueOf(server.getImap().getPort()));
    }

    @Override
    public void stop() {
        server.stop();
    }
}
