package dev.waypoint.support;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.goals.Category;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.goals.NorthStar;
import dev.waypoint.goals.Step;
import dev.waypoint.meetings.ActionItem;
import dev.waypoint.meetings.Meeting;
import dev.waypoint.meetings.TalkingPoint;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.milestones.MilestoneKind;
import dev.waypoint.notifications.Notice;
import dev.waypoint.people.Person;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.Team;
import dev.waypoint.teams.TeamShare;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;

/** Test data written straight to the database, for states that would take many clicks. */
public final class Fixtures {

    private Fixtures() {}

    /** The persona's person id; they must have signed in once. */
    public static Long personId(Persona persona) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("subject", persona.username()).firstResult().id);
    }

    /** The id of someone who signed in under a made-up name. */
    public static Long personIdOf(String subject) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("subject", subject).firstResult().id);
    }

    public static Long northStar(Long ownerId, String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            NorthStar star = new NorthStar();
            star.owner = Person.findById(ownerId);
            star.title = title;
            star.createdAt = Instant.now();
            star.persist();
            return star.id;
        });
    }

    /** An active goal with the given steps (none done), under a north star or none. */
    public static Long goal(Long ownerId, Long northStarId, String title, String... steps) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            Goal goal = new Goal();
            goal.owner = Person.findById(ownerId);
            goal.northStar = northStarId == null ? null : NorthStar.findById(northStarId);
            goal.title = title;
            goal.category = Category.TECHNICAL;
            goal.status = GoalStatus.ACTIVE;
            goal.statusChangedAt = now;
            goal.lastProgressAt = now;
            goal.createdAt = now;
            goal.stepsTotal = steps.length;
            goal.persist();
            for (int i = 0; i < steps.length; i++) {
                Step step = new Step();
                step.goal = goal;
                step.position = i;
                step.title = steps[i];
                step.dueDate = LocalDate.now().plusDays(i + 1);
                step.persist();
            }
            return goal.id;
        });
    }

    /** A submitted check-in for the week starting {@code monday}. */
    public static Long checkIn(Long ownerId, LocalDate monday, String wins, String focus, int confidence) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CheckIn checkIn = new CheckIn();
            checkIn.owner = Person.findById(ownerId);
            checkIn.weekStart = monday;
            checkIn.submitted = true;
            checkIn.wins = wins;
            checkIn.focus = focus;
            checkIn.confidence = confidence;
            checkIn.submittedAt =
                    monday.plusDays(4).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            checkIn.updatedAt = checkIn.submittedAt;
            checkIn.persist();
            return checkIn.id;
        });
    }

    /** The first Monday from {@code monday} on whose week the person has no check-in yet. */
    public static LocalDate weekWithoutCheckIn(Long ownerId, LocalDate monday) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LocalDate week = monday;
            while (CheckIn.count("owner.id = ?1 and weekStart = ?2", ownerId, week) > 0) {
                week = week.plusWeeks(1);
            }
            return week;
        });
    }

    /** The latest week before this one on which the person has no check-in yet. */
    public static LocalDate pastWeekWithoutCheckIn(Long ownerId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LocalDate week = LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
            while (CheckIn.count("owner.id = ?1 and weekStart = ?2", ownerId, week) > 0) {
                week = week.minusWeeks(1);
            }
            return week;
        });
    }

    /** A submitted check-in for each of the {@code weeks} weeks before this one. */
    /** A planned session of the mentorship, an hour long, starting at {@code startsAt} (UTC). */
    public static Long meeting(Long mentorshipId, Long plannerId, Instant startsAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Meeting meeting = new Meeting();
            meeting.mentorship = Mentorship.findById(mentorshipId);
            meeting.plannedBy = Person.findById(plannerId);
            meeting.startsAt = startsAt;
            meeting.zone = "UTC";
            meeting.minutes = 60;
            meeting.status = Meeting.Status.PLANNED;
            meeting.createdAt = Instant.now();
            meeting.persist();
            return meeting.id;
        });
    }

    /** A talking point of the author's on the session, shared or private. */
    public static Long talkingPoint(Long meetingId, Long authorId, String body, boolean shared) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TalkingPoint point = new TalkingPoint();
            point.meeting = Meeting.findById(meetingId);
            point.author = Person.findById(authorId);
            point.body = body;
            point.shared = shared;
            point.position = (int) TalkingPoint.count("meeting.id", meetingId);
            point.createdAt = Instant.now();
            point.persist();
            return point.id;
        });
    }

    /** An action item on the session, for {@code ownerId} to do, written by {@code authorId}. */
    public static Long actionItem(Long meetingId, Long ownerId, Long authorId, String body) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ActionItem action = new ActionItem();
            action.meeting = Meeting.findById(meetingId);
            action.owner = Person.findById(ownerId);
            action.author = Person.findById(authorId);
            action.body = body;
            action.createdAt = Instant.now();
            action.persist();
            return action.id;
        });
    }

    /** The person's time zone, as their profile would set it. */
    public static void timeZone(Long personId, String zone) {
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(personId).timeZone = zone);
    }

    public static void weeklyCheckIns(Long ownerId, int weeks) {
        QuarkusTransaction.requiringNew().run(() -> {
            Person owner = Person.findById(ownerId);
            LocalDate monday = LocalDate.now(java.time.ZoneOffset.UTC).with(java.time.DayOfWeek.MONDAY);
            for (int back = 1; back <= weeks; back++) {
                CheckIn checkIn = new CheckIn();
                checkIn.owner = owner;
                checkIn.weekStart = monday.minusWeeks(back);
                checkIn.submitted = true;
                checkIn.wins = "Win of week " + back;
                checkIn.focus = "Focus of week " + back;
                checkIn.confidence = 1 + back % 5;
                checkIn.submittedAt = checkIn.weekStart
                        .plusDays(4)
                        .atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant();
                checkIn.updatedAt = checkIn.submittedAt;
                checkIn.persist();
            }
        });
    }

    /** A milestone two years ago. */
    public static Long milestone(Long ownerId, String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Milestone milestone = new Milestone();
            milestone.owner = Person.findById(ownerId);
            milestone.happenedOn = LocalDate.now().minusYears(2);
            milestone.title = title;
            milestone.kind = MilestoneKind.TALK;
            milestone.createdAt = Instant.now();
            milestone.persist();
            return milestone.id;
        });
    }

    /** Ends every mentorship the person is mentee in, so a journey starts with no mentors. */
    public static void endMentorshipsOf(Long menteeId) {
        QuarkusTransaction.requiringNew()
                .run(() -> Mentorship.<Mentorship>list("mentee.id = ?1 and endedAt is null", menteeId)
                        .forEach(m -> m.end(Instant.now())));
    }

    /** A mentorship, active unless {@code ended}. */
    public static Long mentorship(Long mentorId, Long menteeId, boolean ended) {
        return mentorship(mentorId, menteeId, Instant.now(), ended);
    }

    /** A mentorship that began at {@code startedAt}, active unless {@code ended}. */
    public static Long mentorship(Long mentorId, Long menteeId, Instant startedAt, boolean ended) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Mentorship mentorship = Mentorship.of(Person.findById(mentorId), Person.findById(menteeId), startedAt);
            if (ended) {
                mentorship.end(Instant.now());
            }
            mentorship.persist();
            return mentorship.id;
        });
    }

    /** Shares a goal, check-in or milestone with the owner's mentors. */
    public static void share(Class<? extends io.quarkus.hibernate.orm.panache.PanacheEntityBase> type, Long id) {
        QuarkusTransaction.requiringNew()
                .run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                        .createQuery("update " + type.getSimpleName() + " set sharedWithMentors = true where id = :id")
                        .setParameter("id", id)
                        .executeUpdate());
    }

    /** A team with its lead. */
    public static Long team(String name, Long leadId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = new Team();
            team.name = name;
            team.createdAt = Instant.now();
            team.persist();
            Membership.of(team, Person.findById(leadId), Membership.Role.LEAD, Instant.now())
                    .persist();
            return team.id;
        });
    }

    /** A membership, current unless {@code left}. */
    public static Long member(Long teamId, Long personId, Membership.Role role, boolean left) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Membership membership =
                    Membership.of(Team.findById(teamId), Person.findById(personId), role, Instant.now());
            if (left) {
                membership.leave(Instant.now());
            }
            membership.persist();
            return membership.id;
        });
    }

    public static void shareWithTeam(Long teamId, TeamShare.Item item, Long itemId, Long ownerId) {
        QuarkusTransaction.requiringNew()
                .run(() -> TeamShare.share(Team.findById(teamId), item, itemId, Person.findById(ownerId)));
    }

    /** Someone who never signed in, for bulk data. */
    public static Long person(String subject) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Person.ensureDevPersona("fixtures", subject, Instant.now()).id);
    }

    /** A pending mentor invitation from the person (its link is unknown: only a made-up hash is stored). */
    public static Long invitation(Long inviterId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            dev.waypoint.invitations.Invitation invitation = new dev.waypoint.invitations.Invitation();
            invitation.tokenHash = java.util.UUID.randomUUID().toString().replace("-", "");
            invitation.inviter = Person.findById(inviterId);
            invitation.inviteeRole = dev.waypoint.invitations.Invitation.Role.MENTOR;
            invitation.createdAt = Instant.now();
            invitation.expiresAt = Instant.now().plus(java.time.Duration.ofDays(14));
            invitation.persist();
            return invitation.id;
        });
    }

    /** A team goal with one step; returns the goal's id. */
    public static Long teamGoal(Long teamId, String title, String step) {
        return QuarkusTransaction.requiringNew().call(() -> {
            dev.waypoint.teams.board.TeamGoal goal = new dev.waypoint.teams.board.TeamGoal();
            goal.team = Team.findById(teamId);
            goal.title = title;
            goal.category = Category.TECHNICAL;
            goal.column = dev.waypoint.teams.board.BoardColumn.NOT_STARTED;
            goal.createdAt = Instant.now();
            goal.stepsTotal = 1;
            goal.persist();
            dev.waypoint.teams.board.TeamGoalStep first = new dev.waypoint.teams.board.TeamGoalStep();
            first.teamGoal = goal;
            first.position = 0;
            first.title = step;
            first.persist();
            return goal.id;
        });
    }

    public static Long firstStepOfTeamGoal(Long teamGoalId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> dev.waypoint.teams.board.TeamGoalStep.<dev.waypoint.teams.board.TeamGoalStep>find(
                                "teamGoal.id = ?1 order by position", teamGoalId)
                        .firstResult()
                        .id);
    }

    /** A comment by the author on the owner's item. */
    public static Long comment(
            Long authorId, Long ownerId, dev.waypoint.feedback.Feedback.Item item, Long itemId, String body) {
        return QuarkusTransaction.requiringNew().call(() -> {
            dev.waypoint.feedback.Feedback feedback = new dev.waypoint.feedback.Feedback();
            feedback.author = Person.findById(authorId);
            feedback.owner = Person.findById(ownerId);
            feedback.itemType = item;
            feedback.itemId = itemId;
            feedback.kind = dev.waypoint.feedback.Feedback.Kind.COMMENT;
            feedback.body = body;
            feedback.createdAt = Instant.now();
            feedback.persist();
            return feedback.id;
        });
    }

    /** An unread entry in someone's inbox: a comment on their goal. */
    public static Long notice(Long personId, Long actorId, Long goalId) {
        return notice(personId, actorId, Notice.Subject.GOAL, goalId);
    }

    /** An unread entry in someone's inbox about an item of the given kind, as the app writes one. */
    public static Long notice(Long personId, Long actorId, Notice.Subject subject, Long subjectId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Notice.Kind kind = switch (subject) {
                case GOAL -> Notice.Kind.COMMENT;
                case CHECK_IN -> Notice.Kind.CHECK_IN_SHARED;
                case MILESTONE -> Notice.Kind.CHEER;
                case TEAM_GOAL -> Notice.Kind.TEAM_STEP_ASSIGNED;
                case MEETING -> Notice.Kind.SESSION_PLANNED;
                case MENTORSHIP, TEAM -> Notice.Kind.INVITATION_ACCEPTED;
                case ACCOUNT -> Notice.Kind.ACCESS_TOKEN_MADE;
            };
            Notice notice = Notice.of(personId, kind, actorId, subject, subjectId, Instant.now());
            notice.persist();
            Notice.getEntityManager()
                    .createNativeQuery("update person set unread_notices = unread_notices + 1 where id = ?1")
                    .setParameter(1, personId)
                    .executeUpdate();
            return notice.id;
        });
    }

    public static Long firstStepOf(Long goalId) {
        return QuarkusTransaction.requiringNew().call(() -> Step.ofGoal(goalId).get(0).id);
    }

    /** A fresh read-API token of the person's, good for a day; returns the token itself. */
    public static String accessToken(Long personId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> dev.waypoint.tokens.AccessToken.issue(
                                personId, "test", Instant.now().plus(java.time.Duration.ofDays(1)), Instant.now())
                        .secret());
    }

    /** A read-API call with the token, redirects not followed. */
    public static io.restassured.specification.RequestSpecification api(String token) {
        return io.restassured.RestAssured.given().redirects().follow(false).header("Authorization", "Bearer " + token);
    }
}
