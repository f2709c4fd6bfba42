package dev.waypoint.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind this request, found (or, at first sign-in, created) from the ID token.
 * Templates read it as {@code inject:currentPerson}.
 */
@Named("currentPerson")
@RequestScoped
public class CurrentPerson {

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    Clock clock;

    /**
     * The dev provider listens on a new random port, and so has a new issuer, every start; in dev
     * and test people are keyed on this stable name instead so their data survives a restart.
     */
    @ConfigProperty(name = "waypoint.dev-provider-issuer")
    Optional<String> devProviderIssuer;

    private Person person;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean isAdmin() {
        return identity.hasRole("admin");
    }

    /** The signed-in person; only call on paths that require sign-in. */
    public Person get() {
        if (person == null) {
            person = QuarkusTransaction.joiningExisting().call(this::findOrCreate);
        }
        return person;
    }

    /** Whether the signed-in person mentors anyone now: the top bar then offers "Mentees". */
    public boolean isMentor() {
        return isSignedIn() && get().mentoring;
    }

    public Long id() {
        return get().id;
    }

    public String displayName() {
        return isSignedIn() ? get().displayName : "";
    }

    private Person findOrCreate() {
        String issuer = devProviderIssuer.orElseGet(idToken::getIssuer);
        String subject = idToken.getSubject();
        String name = claim("name").or(() -> claim("preferred_username")).orElse(subject);
        String email = claim("email").orElse(null);
        Optional<Person> known = Person.findByIdentity(issuer, subject);
        if (known.isPresent()) {
            known.get().refreshClaims(name, email);
            return known.get();
        }
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> Person.firstSignIn(issuer, subject, name, email, clock.instant())
                            .persist());
        } catch (RuntimeException raceLost) {
            // Two first requests raced; the unique (issuer, subject) key let only one insert win.
        }
        return Person.findByIdentity(issuer, subject).orElseThrow();
    }

    private Optional<String> claim(String claimName) {
        return Optional.ofNullable(idToken.<String>getClaim(claimName)).filter(value -> !value.isBlank());
    }
}
