package dev.waypoint.feedback;

import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Notices;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.FormInput;
import dev.waypoint.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.List;

/** Comments, cheers and acknowledgements on what someone may see; deleting comments on your own items. */
@Path("/feedback")
@Authenticated
@Blocking
public class FeedbackResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(FeedbackForm form, String page);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @Inject
    Notices notices;

    @Inject
    FeedbackItems items;

    @POST
    @Transactional
    public Response give(@BeanParam FeedbackForm form) {
        Person me = currentPerson.get();
        Feedback.Item item = parse(Feedback.Item.class, form.itemType);
        Feedback.Kind kind = parse(Feedback.Kind.class, form.kind);
        FeedbackTarget target = target(item, form.itemId, me.id);
        // A team goal has no single owner: everyone in the team may cheer it.
        boolean mine = !target.teamItem() && target.owner().id.equals(me.id);
        boolean allowed = switch (kind) {
            case COMMENT -> true;
            case CHEER -> !mine;
            case ACKNOWLEDGEMENT -> target.readAsMentor();
        };
        if (!allowed) {
            throw new NotFoundException();
        }
        if (kind == Feedback.Kind.COMMENT && !form.validateComment()) {
            return Answer.refused(Refusal.INVALID, Templates.refused(form, target.page()));
        }
        if (kind == Feedback.Kind.COMMENT || !Feedback.exists(me.id, item, form.itemId, kind)) {
            tellOf(kind, target, me.id, item, form.itemId);
            Feedback feedback = new Feedback();
            feedback.author = me;
            feedback.owner = target.owner();
            feedback.itemType = item;
            feedback.itemId = form.itemId;
            feedback.kind = kind;
            feedback.body = kind == Feedback.Kind.COMMENT ? FormInput.clean(form.body) : null;
            feedback.createdAt = clock.instant();
            feedback.persist();
        }
        return Answer.seeOther(target.page() + "#feedback", confirmation(kind));
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
        FeedbackTarget target = target(feedback.itemType, feedback.itemId, me);
        feedback.delete();
        return Answer.seeOther(target.page() + "#feedback", Confirmation.COMMENT_DELETED);
    }

    /**
     * The owner hears of what was said on their item (a team goal's are read on the board), and
     * everyone who commented on it before hears of a new comment.
     */
    private void tellOf(Feedback.Kind kind, FeedbackTarget target, Long authorId, Feedback.Item item, Long itemId) {
        Notice.Subject subject = Notice.Subject.valueOf(item.name());
        Long ownerId = target.teamItem() ? null : target.owner().id;
        if (ownerId != null) {
            Notice.Kind told = switch (kind) {
                case COMMENT -> Notice.Kind.COMMENT;
                case CHEER -> Notice.Kind.CHEER;
                case ACKNOWLEDGEMENT -> Notice.Kind.READ;
            };
            notices.tell(ownerId, told, authorId, subject, itemId);
        }
        if (kind == Feedback.Kind.COMMENT) {
            List<Long> earlier = Feedback.commentersOn(item, itemId).stream()
                    .filter(id -> !id.equals(ownerId))
                    .toList();
            notices.tellAll(earlier, Notice.Kind.REPLY, authorId, subject, itemId);
        }
    }

    private static Confirmation confirmation(Feedback.Kind kind) {
        return switch (kind) {
            case COMMENT -> Confirmation.COMMENT_POSTED;
            case CHEER -> Confirmation.CHEER_SENT;
            case ACKNOWLEDGEMENT -> Confirmation.CHECK_IN_ACKNOWLEDGED;
        };
    }

    /** The item as the viewer may see it, asked of the feature it belongs to. */
    private FeedbackTarget target(Feedback.Item item, Long itemId, Long viewerId) {
        return items.find(item, itemId, viewerId).orElseThrow(NotFoundException::new);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException();
        }
    }
}
