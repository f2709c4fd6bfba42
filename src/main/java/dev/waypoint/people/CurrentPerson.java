package dev.waypoint.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind this request, found (or, at first sign-in, created) from the ID token; for
 * the read API, the person whose access token it is. Templates read it as
 * {@code inject:currentPerson}.
 */
@Named("currentPerson")
@RequestScoped
public class CurrentPerson {

    /**
     * The identity's attribute that names the person directly, by id: set for read-API calls,
     * whose identity comes from an access token rather than an ID token.
     */
    public static final String TOKEN_OWNER = "waypoint.person";

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    Accounts accounts;

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
            Long tokenOwner = identity.getAttribute(TOKEN_OWNER);
            person = QuarkusTransaction.joiningExisting()
                    .call(() -> tokenOwner != null
                            ? Person.findById(tokenOwner)
                            : accounts.findOrCreate(Accounts.Claims.of(idToken)));
        }
        return person;
    }

    /** Whether the signed-in person mentors anyone now: the top bar then offers "Mentees". */
    public boolean isMentor() {
        return isSignedIn() && get().mentoring;
    }

    /** The bell's count in the top bar: unread inbox entries. */
    public int unread() {
        return isSignedIn() ? get().unreadNotices : 0;
    }

    public Long id() {
        return get().id;
    }

    public String displayName() {
        return isSignedIn() ? get().displayName : "";
    }
}
