package dev.waypoint.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.time.Duration;
import java.util.Map;

/**
 * A real mail server (GreenMail) on free ports for every test run: the app's mailer delivers to
 * it over SMTP, through a gate that can make it refuse for a while ({@link #refuse()}), and {@link
 * Inbox} reads each recipient's mailbox over IMAP, as a mail client would.
 */
@WithTestResource(value = SmtpServer.class, scope = TestResourceScope.GLOBAL)
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    /** Where {@link Inbox} finds the IMAP port. */
    static final String IMAP_PORT = "waypoint.test.imap-port";

    /** Longer than any test run: neither side closes the connection while it lasts. */
    private static final Duration WHOLE_RUN = Duration.ofHours(2);

    private GreenMail server;

    private SmtpGate gate;

    /** From now on the mail server refuses each e-mail ("451, try again later"), until {@link #recover()}. */
    public static void refuse() {
        System.setProperty(SmtpGate.REFUSING, "true");
    }

    public static void recover() {
        System.clearProperty(SmtpGate.REFUSING);
    }

    @Override
    public Map<String, String> start() {
        ServerSetup[] setups = ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP);
        for (ServerSetup setup : setups) {
            setup.setReadTimeout(WHOLE_RUN.toMillis());
        }
        server = new GreenMail(setups)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        try {
            gate = new SmtpGate(server.getSmtp().getPort());
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
        return Map.of(
                "quarkus.mailer.mock",
                "false",
                "quarkus.mailer.host",
                "127.0.0.1",
                "quarkus.mailer.port",
                String.valueOf(gate.port()),
                "quarkus.mailer.start-tls",
                "DISABLED",
                // One connection, open for the whole run: opening and closing SMTP connections while
                // others are in use made the blocking mailer wait on GreenMail now and then (30 s).
                "quarkus.mailer.max-pool-size",
                "1",
                "quarkus.mailer.keep-alive-timeout",
                WHOLE_RUN.toString(),
                "quarkus.log.category.\"com.icegreen\".level",
                "WARN",
                IMAP_PORT,
                String.valueOf(server.getImap().getPort()));
    }

    @Override
    public void stop() {
        try {
            gate.close();
        } catch (java.io.IOException ignored) {
            // The run is over.
        }
        server.stop();
    }
}
