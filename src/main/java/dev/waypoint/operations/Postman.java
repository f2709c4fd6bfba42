package dev.waypoint.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one way Waypoint sends e-mail: only when mail is set up, links at the public address, and
 * each kind counted for the metrics endpoint by outcome (never who or what): sent, failed (a try
 * refused) or given up (the outbox stopped trying).
 */
@ApplicationScoped
public class Postman {

    private static final Logger LOG = Logger.getLogger(Postman.class);

    /** What an e-mail is for; the metrics' {@code kind} tag. */
    public enum Kind {
        CHECK_IN_REMINDER,
        INVITATION,
        SESSION_REMINDER,
        SESSION_FOLLOW_UP,
        NOTICES,
        DAILY_DIGEST,
        WEEKLY_DIGEST;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A plain address: no spaces, brackets or quotes that a mail server would refuse. */
    private static final Pattern ADDRESS =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    /** The longest address mail servers take. */
    private static final int ADDRESS_MAX = 254;

    private final Mailer mailer;
    private final boolean enabled;
    private final String publicUrl;
    private final Map<Kind, Counter> sent = new EnumMap<>(Kind.class);
    private final Map<Kind, Counter> failed = new EnumMap<>(Kind.class);
    private final Map<Kind, Counter> givenUp = new EnumMap<>(Kind.class);

    @Inject
    public Postman(
            Mailer mailer,
            MeterRegistry registry,
            @ConfigProperty(name = "waypoint.mail.enabled") boolean enabled,
            @ConfigProperty(name = "waypoint.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.mailer = mailer;
        this.enabled = enabled;
        this.publicUrl = publicUrl;
        for (Kind kind : Kind.values()) {
            sent.put(kind, counter(registry, kind, "sent"));
            failed.put(kind, counter(registry, kind, "failed"));
            givenUp.put(kind, counter(registry, kind, "given_up"));
        }
    }

    private static Counter counter(MeterRegistry registry, Kind kind, String outcome) {
        return Counter.builder("waypoint.mails")
                .description("E-mails by kind and outcome")
                .tag("kind", kind.tag())
                .tag("outcome", outcome)
                .register(registry);
    }

    /** Whether mail is set up on this instance. */
    public boolean isEnabled() {
        return enabled;
    }

    /** A path as a link the recipient can open. */
    public String link(String path) {
        return publicUrl + path;
    }

    /** True for an address a mail server would take. */
    public static boolean isDeliverable(String address) {
        return address != null
                && address.length() <= ADDRESS_MAX
                && ADDRESS.matcher(address).matches();
    }

    /**
     * Sends it; false when mail is off, the address is not one a mail server takes, or the server
     * refused (logged and counted, never thrown). An address a server would refuse is caught
     * here, the same check the invite form makes, rather than by the mailer.
     */
    public boolean send(Kind kind, String to, String subject, String text) {
        return send(kind, to, Mail.withText(to, subject, text));
    }

    /** An e-mail with both an HTML and a plain-text part, and headers of its own (unsubscribe). */
    public record Message(String subject, String html, String text, Map<String, String> headers) {}

    /** Sends a message with both parts; false as {@link #send(Kind, String, String, String)} says. */
    public boolean send(Kind kind, String to, Message message) {
        Mail mail = Mail.withHtml(to, message.subject(), message.html()).setText(message.text());
        message.headers().forEach(mail::addHeader);
        return send(kind, to, mail);
    }

    /** An e-mail tried too many times and given up, for the metrics. */
    public void gaveUp(Kind kind) {
        givenUp.get(kind).increment();
    }

    private boolean send(Kind kind, String to, Mail mail) {
        if (!enabled) {
            return false;
        }
        if (!isDeliverable(to)) {
            failed.get(kind).increment();
            LOG.warnf("A %s e-mail was not sent: the address is not one a mail server takes", kind.tag());
            return false;
        }
        try {
            mailer.send(mail);
            sent.get(kind).increment();
            return true;
        } catch (RuntimeException refused) {
            failed.get(kind).increment();
            LOG.warnf("A %s e-mail was not sent: %s", kind.tag(), refused.getMessage());
            return false;
        }
    }
}
