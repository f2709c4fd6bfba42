package dev.waypoint.checkins;

import dev.waypoint.circles.Audience;
import dev.waypoint.circles.AudienceWords;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.feedback.Feedback;
import dev.waypoint.goals.ActiveGoals;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.Step;
import dev.waypoint.people.Person;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the check-in page shows, loaded up front. */
public record CheckInPage(
        Week week,
        boolean editable,
        boolean submitted,
        CheckInForm form,
        CheckIn lastWeek,
        List<Goal> goals,
        List<CheckInNote> notes,
        List<Step> openSteps,
        List<Feedback> feedback,
        List<Person> mentors,
        List<Membership> teams,
        List<String> sharedTeams,
        Long checkInId) {

    /** This week's page: the saved check-in, or a pre-filled draft. */
    static CheckInPage forCurrentWeek(Person person, Week week, CheckInForm typed) {
        List<CheckIn> thisAndLastWeek = CheckIn.ofWeeks(person.id, week.previous(), week);
        CheckIn saved = thisAndLastWeek.stream()
                .filter(c -> c.week().equals(week))
                .findFirst()
                .orElse(null);
        CheckIn lastWeek = thisAndLastWeek.stream()
                .filter(c -> c.week().equals(week.previous()) && c.submitted)
                .findFirst()
                .orElse(null);
        ActiveGoals active = ActiveGoals.of(person.id);
        CheckInForm form = typed;
        List<Membership> teams = Membership.ofPerson(person.id);
        if (form == null) {
            form = saved != null ? CheckInForm.of(saved, notesOf(saved)) : draft(person, week, lastWeek);
            if (saved != null && !teams.isEmpty()) {
                form.teams.addAll(TeamShare.teamsOf(TeamShare.Item.CHECK_IN, saved.id).stream()
                        .map(team -> team.id.toString())
                        .toList());
            }
        }
        CheckInForm finalForm = form;
        return new CheckInPage(
                week,
                true,
                saved != null && saved.submitted,
                form,
                lastWeek,
                active.goals(),
                List.of(),
                active.openSteps(),
                feedbackOn(saved),
                // Always asked: the sharing box says "(once you have mentors)" only to those without.
                Mentorship.mentorsOf(person.id),
                teams,
                teams.stream()
                        .filter(m -> finalForm.sharedWithTeam(m.team.id))
                        .map(m -> m.team.name)
                        .toList(),
                saved == null ? null : saved.id);
    }

    /** A past week, read-only. */
    static CheckInPage forPastWeek(CheckIn checkIn) {
        List<CheckInNote> notes = CheckInNote.of(checkIn.id);
        Map<Long, String> byGoal = new LinkedHashMap<>();
        notes.forEach(note -> byGoal.put(note.goal.id, note.note));
        List<Goal> goals = notes.stream().map(note -> note.goal).toList();
        return new CheckInPage(
                checkIn.week(),
                false,
                checkIn.submitted,
                CheckInForm.of(checkIn, byGoal),
                null,
                goals,
                notes,
                List.of(),
                feedbackOn(checkIn),
                checkIn.sharedWithMentors ? Mentorship.mentorsOf(checkIn.owner.id) : List.of(),
                List.of(),
                Audience.of(TeamShare.Item.CHECK_IN, checkIn.id, checkIn.owner.id, false)
                        .teams(),
                checkIn.id);
    }

    /** Feedback from mentors and team mates on the check-in. */
    private static List<Feedback> feedbackOn(CheckIn checkIn) {
        return checkIn == null ? List.of() : Feedback.on(Feedback.Item.CHECK_IN, checkIn.id);
    }

    private static CheckInForm draft(Person person, Week week, CheckIn lastWeek) {
        Instant from = week.start().atStartOfDay(person.zone()).toInstant();
        Instant to = week.next().start().atStartOfDay(person.zone()).toInstant();
        List<String> finished = Step.doneBetween(person.id, from, to).stream()
                // A goal's title goes along only if the goal is shared: the check-in may well be.
                .map(step -> step.goal.sharedWithMentors ? step.title + " (" + step.goal.title + ")" : step.title)
                .toList();
        List<String> carried = lastWeek == null ? List.of() : lastWeek.focusItems();
        return CheckInForm.draft(finished, carried, person.shareCheckIns);
    }

    private static Map<Long, String> notesOf(CheckIn checkIn) {
        Map<Long, String> notes = new LinkedHashMap<>();
        CheckInNote.of(checkIn.id).forEach(note -> notes.put(note.goal.id, note.note));
        return notes;
    }

    public List<Step> stepsOf(Goal goal) {
        return openSteps.stream().filter(step -> step.goal.id.equals(goal.id)).toList();
    }

    public String audience() {
        return AudienceWords.describe(
                "check-in",
                form.sharing(),
                mentors.stream().map(p -> p.displayName).toList(),
                sharedTeams);
    }
}
