package dev.waypoint.meetings;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.circles.Audience;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.web.Dates;
import dev.waypoint.web.FormInput;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The agenda that writes itself: what the mentee shared with mentors since the previous session,
 * as points that say where they came from. Read live through the audience rule, so an item the
 * mentee stops sharing leaves every agenda at once. Four statements, however long the history.
 */
public final class Agenda {

    /**
     * One suggested point: what kind, its words, and where it lives; for a check-in's answer, which
     * one (so either side can make it a talking point), otherwise nulls.
     */
    public record Suggestion(String kind, String text, String link, String from, Long checkInId, String answer) {

        Suggestion(String kind, String text, String link, String from) {
            this(kind, text, link, from, null, null);
        }
    }

    /** How far back a first session looks. */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(28);

    /** A goal with no progress for this long has gone quiet. */
    static final Duration QUIET_AFTER = Duration.ofDays(28);

    /** The most check-ins, goals and milestones a session suggests, each. */
    static final int MOST = 8;

    /** How much of a long answer a suggestion quotes. */
    static final int QUOTE = 280;

    private Agenda() {}

    /**
     * Suggestions for a session: check-ins' roadblocks, the newest focus and wins, milestones
     * recorded since the session before (or four weeks before a first one) until it starts, and
     * shared goals past their date or quiet now.
     */
    static List<Suggestion> suggest(Side side, Meeting meeting, Instant now, LocalDate today) {
        Long mentorshipId = side.mentorship().id;
        Instant since = Meeting.<Meeting>find(
                        "mentorship.id = ?1 and status <> ?2 and startsAt < ?3 order by startsAt desc",
                        mentorshipId,
                        Meeting.Status.CANCELLED,
                        meeting.startsAt)
                .firstResultOptional()
                .map(previous -> previous.startsAt)
                .orElse(meeting.startsAt.minus(FIRST_LOOK_BACK));
        Instant until = meeting.startsAt;
        List<CheckIn> checkIns = query(
                        "select c from CheckIn c",
                        "c",
                        mentorshipId,
                        " where c.submitted = true and c.submittedAt > :since and c.submittedAt <= :until"
                                + " order by c.submittedAt desc",
                        CheckIn.class)
                .setParameter("since", since)
                .setParameter("until", until)
                .setMaxResults(MOST)
                .getResultList();
        List<Goal> goals = query(
                        "select g from Goal g",
                        "g",
                        mentorshipId,
                        " where g.status = :active and (g.targetDate < :today or g.lastProgressAt < :quiet)"
                                + " order by g.id",
                        Goal.class)
                .setParameter("active", GoalStatus.ACTIVE)
                .setParameter("today", today)
                .setParameter("quiet", now.minus(QUIET_AFTER))
                .setMaxResults(MOST)
                .getResultList();
        List<Milestone> milestones = query(
                        "select mi from Milestone mi",
                        "mi",
                        mentorshipId,
                        " where mi.createdAt > :since and mi.createdAt <= :until order by mi.happenedOn desc",
                        Milestone.class)
                .setParameter("since", since)
                .setParameter("until", until)
                .setMaxResults(MOST)
                .getResultList();
        List<Suggestion> suggestions = new ArrayList<>();
        for (CheckIn checkIn : checkIns) {
            add(suggestions, TalkingPoint.Answer.ROADBLOCKS, checkIn, side);
        }
        if (!checkIns.isEmpty()) {
            add(suggestions, TalkingPoint.Answer.FOCUS, checkIns.get(0), side);
        }
        for (CheckIn checkIn : checkIns) {
            add(suggestions, TalkingPoint.Answer.WINS, checkIn, side);
        }
        for (Goal goal : goals) {
            boolean pastDate = goal.targetDate != null && goal.targetDate.isBefore(today);
            suggestions.add(new Suggestion(
                    pastDate ? "Goal past its date" : "Goal gone quiet",
                    goal.title,
                    "/goals/" + goal.id,
                    pastDate ? "target date " + Dates.pretty(goal.targetDate) : "no progress for 4+ weeks"));
        }
        for (Milestone milestone : milestones) {
            suggestions.add(new Suggestion(
                    "Milestone", milestone.title, "/milestones/" + milestone.id, "recorded " + milestone.when()));
        }
        return suggestions;
    }

    private static void add(List<Suggestion> suggestions, TalkingPoint.Answer answer, CheckIn checkIn, Side side) {
        String text = answer.of(checkIn);
        if (text == null || text.isBlank()) {
            return;
        }
        Week week = Week.containing(checkIn.weekStart);
        String link = side.isMentor()
                ? "/mentoring/mentees/" + side.mentee().id + "/check-ins/" + week.id()
                : "/check-ins/" + week.id();
        suggestions.add(new Suggestion(
                answer.label(), quote(text), link, "check-in of " + week.label(), checkIn.id, answer.name()));
    }

    static String quote(String text) {
        return FormInput.shortened(text.strip(), QUOTE);
    }

    /** A query over the mentee's items of one kind, kept to what they share in this mentorship. */
    static <T> TypedQuery<T> query(String select, String alias, Long mentorshipId, String rest, Class<T> type) {
        Audience.Condition shared = Audience.sharedInMentorship(alias, mentorshipId);
        return shared.bind(Meeting.getEntityManager().createQuery(select + shared.jpql() + rest, type));
    }
}
