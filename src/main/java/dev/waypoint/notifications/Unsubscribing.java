package dev.waypoint.notifications;

import dev.waypoint.operations.Postman;
import dev.waypoint.people.Person;
import dev.waypoint.web.Secrets;
import dev.waypoint.web.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One-click unsubscribe links (RFC 8058): one per person and topic, a secret made from a random
 * nonce and the server's key, so that each e-mail can carry the same link while only its hash is
 * stored. A link stops its one topic for its one person and opens nothing else.
 */
@ApplicationScoped
public class Unsubscribing {

    @Inject
    Postman postman;

    @ConfigProperty(name = "waypoint.links.key")
    String key;

    /** What a link stops, and for whom. */
    public record Stop(Long personId, Topic topic) {}

    /** The person's link for this topic, made on first use. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String linkFor(Long personId, Topic topic) {
        UnsubscribeKey found = UnsubscribeKey.<UnsubscribeKey>find("personId = ?1 and topic = ?2", personId, topic)
                .firstResult();
        if (found == null) {
            found = new UnsubscribeKey();
            found.personId = personId;
            found.topic = topic;
            found.nonce = Secrets.newToken();
            found.secretHash = Sha256.hex(secret(found));
            found.persist();
        } else if (!Sha256.hex(secret(found)).equals(found.secretHash)) {
            // The key changed: links already sent stop working, and from now on e-mails carry new ones.
            found.nonce = Secrets.newToken();
            found.secretHash = Sha256.hex(secret(found));
        }
        return postman.link("/unsubscribe/" + secret(found));
    }

    /** What the link with this secret stops; empty for anything that is not one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Stop> find(String secret) {
        if (!Secrets.couldBeToken(secret)) {
            return Optional.empty();
        }
        return UnsubscribeKey.<UnsubscribeKey>find("secretHash", Sha256.hex(secret))
                .firstResultOptional()
                .map(found -> new Stop(found.personId, found.topic));
    }

    /** Stops the link's topic for its person: that one choice, nothing else. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Stop> stop(String secret) {
        Optional<Stop> stop = find(secret);
        stop.ifPresent(found -> {
            if (found.topic() == Topic.CHECK_IN_REMINDER) {
                Person.update("emailReminders = false where id = ?1", found.personId());
            } else {
                EmailChoice.choose(found.personId(), found.topic(), Cadence.OFF);
            }
        });
        return stop;
    }

    private String secret(UnsubscribeKey row) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] secret = mac.doFinal(("unsubscribe:" + row.personId + ":" + row.topic + ":" + row.nonce)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", unavailable);
        }
    }
}
