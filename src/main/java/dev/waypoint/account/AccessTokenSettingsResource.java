package dev.waypoint.account;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Notices;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.tokens.AccessToken;
import dev.waypoint.tokens.AccessTokenForm;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.Refusal;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;

/**
 * Making and revoking personal access tokens for the read API. A new token is shown once, on the
 * profile, right after it is made: only its hash is kept.
 */
@Path("/profile/access-tokens")
@Authenticated
@Blocking
public class AccessTokenSettingsResource {

    @Inject
    Notices notices;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @POST
    @Transactional
    public Response create(@BeanParam AccessTokenForm form) {
        Person me = currentPerson.get();
        Instant now = clock.instant();
        if (!form.validate((int) AccessToken.count("personId", me.id))) {
            return Answer.refused(Refusal.INVALID, ProfileResource.page(me, null, form, null, now));
        }
        AccessToken.Issued issued = AccessToken.issue(me.id, form.name(), form.expiresAt(now), now);
        audit.record(AuditKind.ACCESS_TOKEN_CHANGED, me.id, null, "made access token #" + issued.token().id);
        notices.tell(me.id, Notice.Kind.ACCESS_TOKEN_MADE, me.id, Notice.Subject.ACCOUNT, null);
        return Answer.page(ProfileResource.page(me, null, AccessTokenForm.empty(), issued, now));
    }

    /** Revoked at once: the next call with it gets 401. */
    @POST
    @Path("{token: \\d+}/revoke")
    @Transactional
    public Response revoke(@PathParam("token") Long id) {
        Long me = currentPerson.id();
        AccessToken token = AccessToken.<AccessToken>find("id = ?1 and personId = ?2", id, me)
                .firstResultOptional()
                .orElseThrow(NotFoundException::new);
        token.delete();
        audit.record(AuditKind.ACCESS_TOKEN_CHANGED, me, null, "revoked access token #" + token.id);
        return Answer.seeOther("/profile#access-tokens-heading", Confirmation.ACCESS_TOKEN_REVOKED);
    }
}
