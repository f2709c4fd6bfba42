package dev.waypoint.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person behind an ID token, found by the provider's (issuer, subject) or created at first sign-in. */
@ApplicationScoped
public class Accounts {

    @Inject
    Clock clock;

    /**
     * The dev provider listens on a new random port, and so has a new issuer, every start; in dev
     * and test people are keyed on this stable name instead so their data survives a restart.
     */
    @ConfigProperty(name = "waypoint.dev-provider-issuer")
    Optional<String> devProviderIssuer;

    /** What an ID token says about who signed in. */
    public record Claims(String issuer, String subject, String name, String email) {

        static Claims of(JsonWebToken token) {
            return of(
                    token.getIssuer(),
                    token.getSubject(),
                    token.getClaim("name"),
                    token.getClaim("preferred_username"),
                    token.getClaim("email"));
        }

        public static Claims of(JsonObject claims) {
            return of(
                    claims.getString("iss"),
                    claims.getString("sub"),
                    claims.getString("name"),
                    claims.getString("preferred_username"),
                    claims.getString("email"));
        }

        private static Claims of(String issuer, String subject, String name, String username, String email) {
            String shown = present(name).or(() -> present(username)).orElse(subject);
            return new Claims(
                    String.valueOf(issuer),
                    String.valueOf(subject),
                    shown,
                    present(email).orElse(null));
        }

        private static Optional<String> present(Object value) {
            return Optional.ofNullable(value).map(String::valueOf).filter(text -> !text.isBlank());
        }
    }

    /** The issuer people are keyed on: the provider's own, or in dev and test the stable name. */
    String issuerOf(Claims claims) {
        return devProviderIssuer.orElse(claims.issuer());
    }

    /** In the caller's transaction: the person these claims name, with the provider's name and e-mail kept current. */
    public Person findOrCreate(Claims claims) {
        String issuer = issuerOf(claims);
        Optional<Person> known = Person.findByIdentity(issuer, claims.subject());
        if (known.isPresent()) {
            known.get().refreshClaims(claims.name(), claims.email());
            return known.get();
        }
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> Person.firstSignIn(
                                    issuer, claims.subject(), claims.name(), claims.email(), clock.instant())
                            .persist());
        } catch (RuntimeException raceLost) {
            // Two first requests raced; the unique (issuer, subject) key let only one insert win.
        }
        return Person.findByIdentity(issuer, claims.subject()).orElseThrow();
    }
}
