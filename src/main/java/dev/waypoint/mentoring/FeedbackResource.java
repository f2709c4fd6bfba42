package dev.waypoint.mentoring;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.circles.Feedback;
import dev.waypoint.circles.Membership;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.circles.TeamShare;
import dev.waypoint.goals.Goal;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.Messages;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** Comments, cheers and acknowledgements on what someone may see; deleting comments on your own items. */
@Path("/feedback")
@Authenticated
@Blocking
public class FeedbackResource {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    /** What the feedback is about: its owner and the page it lives on for the viewer. */
    record Target(Person owner, String page, boolean readAsMentor, boolean teamItem) {
        Target(Person owner, String page, boolean readAsMentor) {
            this(owner, page, readAsMentor, false);
        }
    }

    @POST
    @Transactional
    public Response give(
            @RestForm String itemType, @RestForm Long itemId, @RestForm String kind, @RestForm String body) {
        Person me = currentPerson.get();
        Feedback.Item item = parse(Feedback.Item.class, itemType);
        Feedback.Kind what = parse(Feedback.Kind.class, kind);
        Target target = target(item, itemId, me.id);
        // A team goal has no single owner: everyone in the team may cheer it.
        boolean mine = !target.teamItem() && target.owner().id.equals(me.id);
        String text = body == null ? "" : body.strip();
        if (what == Feedback.Kind.COMMENT && (text.isEmpty() || text.length() > Feedback.BODY_MAX)) {
            return Response.status(422)
                    .entity(Messages.page(
                            "Your comment wasn't saved",
                            text.isEmpty()
                                    ? "A comment needs a few words. Go back and write one."
                                    : "Comments can be up to " + Feedback.BODY_MAX
                                            + " characters. Go back to shorten it; your text is still there."))
                    .build();
        }
        boolean allowed = switch (what) {
            case COMMENT -> true;
            case CHEER -> !mine;
            case ACKNOWLEDGEMENT -> target.readAsMentor();
        };
        if (!allowed) {
            throw new NotFoundException();
        }
        if (what == Feedback.Kind.COMMENT || !Feedback.exists(me.id, item, itemId, what)) {
            Feedback feedback = new Feedback();
            feedback.author = me;
            feedback.owner = target.owner();
            feedback.itemType = item;
            feedback.itemId = itemId;
            feedback.kind = what;
            feedback.body = what == Feedback.Kind.COMMENT ? text : null;
            feedback.createdAt = clock.instant();
            feedback.seen = mine || target.teamItem();
            feedback.persist();
        }
        return Response.seeOther(URI.create(target.page() + "#feedback")).build();
    }

    /** The owner of the item removes a comment on it; an author may remove their own. */
    @POST
    @Path("{id: \\d+}/delete")
    @Transactional
    public Response delete(@PathParam("id") Long id) {
        Long me = currentPerson.id();
        Feedback feedback = Feedback.<Feedback>find(
                        "id = ?1 and kind = ?2 and (owner.id = ?3 or author.id = ?3)", id, Feedback.Kind.COMMENT, me)
                .firstResultOptional()
                .orElseThrow(NotFoundException::new);
        Target target = target(feedback.itemType, feedback.itemId, me);
        feedback.delete();
        return Response.seeOther(URI.create(target.page() + "#feedback")).build();
    }

    private static Target target(Feedback.Item item, Long itemId, Long viewer) {
        if (itemId == null) {
            throw new NotFoundException();
        }
        return switch (item) {
            case GOAL ->
                Goal.findVisible(itemId, viewer)
                        .map(goal -> new Target(goal.owner, "/goals/" + goal.id, false))
                        .orElseThrow(NotFoundException::new);
            case TEAM_GOAL -> teamGoal(itemId, viewer);
            case MILESTONE ->
                Milestone.findVisible(itemId, viewer)
                        .map(m -> new Target(m.owner, "/milestones/" + m.id, false))
                        .orElseThrow(NotFoundException::new);
            case CHECK_IN ->
                CheckIn.findVisibleById(itemId, viewer)
                        .filter(c -> c.submitted)
                        .map(c -> checkInTarget(c, viewer))
                        .orElseThrow(NotFoundException::new);
        };
    }

    /**
     * A check-in lives on its owner's week page, on the mentoring page for an active mentor it
     * was shared with, and otherwise on the page of a team it was shared with.
     */
    private static Target checkInTarget(CheckIn checkIn, Long viewer) {
        Long owner = checkIn.owner.id;
        if (owner.equals(viewer)) {
            return new Target(checkIn.owner, "/check-ins/" + checkIn.week().id(), false);
        }
        if (checkIn.sharedWithMentors && Mentorship.isActive(viewer, owner)) {
            return new Target(
                    checkIn.owner,
                    "/mentoring/mentees/" + owner + "/check-ins/"
                            + checkIn.week().id(),
                    true);
        }
        Long team = TeamShare.seenThrough(TeamShare.Item.CHECK_IN, checkIn.id, owner, viewer).stream()
                .findFirst()
                .orElseThrow(NotFoundException::new)
                .id;
        return new Target(checkIn.owner, "/teams/" + team + "/check-ins/" + checkIn.id, false);
    }

    /** A team goal belongs to the team: any current member may comment and cheer. */
    private static Target teamGoal(Long teamGoalId, Long viewer) {
        List<Object[]> rows = Membership.getEntityManager()
                .createQuery(
                        "select t.id, m.person from TeamGoal g join g.team t, Membership m where g.id = :goal"
                                + " and g.archivedAt is null and m.team = t and m.person.id = :viewer and m.leftAt is null"
                                + " and t.archivedAt is null",
                        Object[].class)
                .setParameter("goal", teamGoalId)
                .setParameter("viewer", viewer)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return new Target((Person) rows.get(0)[1], "/teams/" + rows.get(0)[0], false, true);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException();
        }
    }
}
