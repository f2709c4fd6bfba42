package dev.waypoint.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.CheckInNote;
import dev.waypoint.checkins.WeekPause;
import dev.waypoint.goals.Category;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalEvent;
import dev.waypoint.goals.GoalProgress;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.goals.NorthStar;
import dev.waypoint.goals.Step;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.milestones.MilestoneForm;
import dev.waypoint.milestones.MilestoneKind;
import dev.waypoint.notifications.Cadence;
import dev.waypoint.notifications.EmailChoice;
import dev.waypoint.notifications.Topic;
import dev.waypoint.people.Person;
import dev.waypoint.people.TimeZones;
import dev.waypoint.reflections.Reflection;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an {@link ExportFile} into an empty account. {@link #problems} checks the whole file
 * first; the caller runs {@link #write} in one transaction, so a bad file changes nothing.
 */
final class Importer {

    private Importer() {}

    static List<String> problems(ExportFile file) {
        List<String> problems = new ArrayList<>();
        if (file == null || !ExportFile.FORMAT.equals(file.format())) {
            problems.add("That file isn't a Waypoint export.");
            return problems;
        }
        if (file.version() != ExportFile.VERSION) {
            problems.add("That export is format version " + file.version() + "; this Waypoint reads version "
                    + ExportFile.VERSION + ".");
            return problems;
        }
        if (!profileOk(file.profile())) {
            problems.add("The profile in the file is missing, or has an unknown time zone, check-in day, kind of"
                    + " e-mail, e-mail cadence or quiet-hours time.");
        }
        int stars = list(file.northStars()).size();
        int goals = list(file.goals()).size();
        for (ExportFile.NorthStarData star : list(file.northStars())) {
            require(
                    problems,
                    star.title() != null && star.title().length() <= NorthStar.TITLE_MAX && star.createdAt() != null,
                    "a north star");
        }
        for (ExportFile.GoalData goal : list(file.goals())) {
            require(problems, goalOk(goal, stars, goals), "the goal \"" + goal.title() + "\"");
        }
        for (ExportFile.CheckInData checkIn : list(file.checkIns())) {
            require(problems, checkInOk(checkIn, goals), "the check-in of " + checkIn.weekStart());
        }
        for (ExportFile.PauseData pause : list(file.pausedWeeks())) {
            require(problems, isMonday(pause.weekStart()), "a paused week");
        }
        for (ExportFile.MilestoneData milestone : list(file.milestones())) {
            require(problems, milestoneOk(milestone, goals), "the milestone \"" + milestone.title() + "\"");
        }
        for (ExportFile.SessionData session : list(file.sessions())) {
            require(problems, KeptSessions.isValid(session), "the session of " + session.startsAt());
        }
        return problems;
    }

    private static boolean profileOk(ExportFile.Profile profile) {
        return profile != null
                && emailOk(profile)
                && TimeZones.ids().contains(String.valueOf(profile.timeZone()))
                && java.util.Arrays.stream(DayOfWeek.values())
                        .anyMatch(day -> day.name().equals(profile.checkInDay()));
    }

    /** A goal the app could have written, its references among {@code stars} and {@code goals}. */
    private static boolean goalOk(ExportFile.GoalData goal, int stars, int goals) {
        return goal.title() != null
                && goal.title().length() <= Goal.TITLE_MAX
                && goal.createdAt() != null
                && goal.statusChangedAt() != null
                && goal.lastProgressAt() != null
                && Category.parse(goal.category()).isPresent()
                && status(goal.status()) != null
                // An achieved goal needs the moment it was achieved: timelines sort by it.
                && (status(goal.status()) != GoalStatus.ACHIEVED || goal.achievedAt() != null)
                && (goal.previousStatus() == null || status(goal.previousStatus()) != null)
                && refOk(goal.northStarRef(), stars)
                && refOk(goal.pivotedFromRef(), goals)
                && list(goal.steps()).stream()
                        .allMatch(s -> s.title() != null && s.title().length() <= Step.TITLE_MAX)
                && list(goal.history()).stream()
                        .allMatch(e -> kind(e.kind()) != null
                                && e.occurredAt() != null
                                && (kind(e.kind()) != GoalEvent.Kind.STATUS || status(e.toStatus()) != null))
                && list(goal.progress()).stream().allMatch(p -> p.recordedAt() != null)
                && (goal.reflection() == null || validReflection(goal.reflection()));
    }

    private static boolean checkInOk(ExportFile.CheckInData checkIn, int goals) {
        return isMonday(checkIn.weekStart())
                && checkIn.updatedAt() != null
                && (checkIn.confidence() == null || (checkIn.confidence() >= 1 && checkIn.confidence() <= 5))
                && list(checkIn.goalNotes()).stream().allMatch(n -> refOk(n.goalRef(), goals) && n.note() != null);
    }

    private static boolean milestoneOk(ExportFile.MilestoneData milestone, int goals) {
        return milestone.title() != null
                && milestone.title().length() <= Milestone.TITLE_MAX
                && milestone.happenedOn() != null
                && milestone.createdAt() != null
                && MilestoneKind.parse(milestone.kind()).isPresent()
                && refOk(milestone.goalRef(), goals)
                && (milestone.evidenceUrl() == null || MilestoneForm.isWebLink(milestone.evidenceUrl()));
    }

    private static boolean isMonday(java.time.LocalDate weekStart) {
        return weekStart != null && weekStart.getDayOfWeek() == DayOfWeek.MONDAY;
    }

    /** The e-mail choices and quiet hours, when the file has them (older files do not): known kinds, cadences and times. */
    private static boolean emailOk(ExportFile.Profile profile) {
        boolean choicesOk = profile.email() == null
                || profile.email().entrySet().stream()
                        .allMatch(choice -> Topic.ofNotices().stream()
                                        .anyMatch(topic -> topic.name().equals(choice.getKey()))
                                && java.util.Arrays.stream(Cadence.values())
                                        .anyMatch(cadence -> cadence.name().equals(choice.getValue())));
        return choicesOk && timeOk(profile.quietFrom()) && timeOk(profile.quietUntil());
    }

    private static boolean timeOk(String time) {
        try {
            return time == null || java.time.LocalTime.parse(time) != null;
        } catch (java.time.format.DateTimeParseException notATime) {
            return false;
        }
    }

    static void write(ExportFile file, Person person, java.time.Instant now, ObjectMapper json) {
        ExportFile.Profile profile = file.profile();
        person.displayName = Objects.requireNonNullElse(profile.displayName(), person.displayName);
        person.timeZone = profile.timeZone();
        person.checkInDay = DayOfWeek.valueOf(profile.checkInDay());
        person.emailReminders = profile.emailReminders();
        // Files written before the choice existed leave it out: on, as for a new account.
        person.emailSessions = !Boolean.FALSE.equals(profile.emailSessions());
        person.shareCheckIns = profile.shareCheckIns();
        if (profile.email() != null) {
            profile.email()
                    .forEach((topic, cadence) ->
                            EmailChoice.choose(person.id, Topic.valueOf(topic), Cadence.valueOf(cadence)));
        }
        if (profile.quietFrom() != null && profile.quietUntil() != null) {
            person.quietFrom = java.time.LocalTime.parse(profile.quietFrom());
            person.quietUntil = java.time.LocalTime.parse(profile.quietUntil());
        }
        Map<Integer, Goal> goals = goals(file, person, northStars(file, person));
        checkIns(file, person, goals);
        pauses(file, person);
        milestones(file, person, goals);
        for (ExportFile.SessionData session : list(file.sessions())) {
            KeptSessions.keep(session, person, now, json);
        }
    }

    /** The north stars, by their reference in the file. */
    private static Map<Integer, NorthStar> northStars(ExportFile file, Person person) {
        Map<Integer, NorthStar> stars = new HashMap<>();
        for (ExportFile.NorthStarData data : list(file.northStars())) {
            NorthStar star = new NorthStar();
            star.owner = person;
            star.title = data.title();
            star.why = data.why();
            star.createdAt = data.createdAt();
            star.persist();
            stars.put(data.ref(), star);
        }
        return stars;
    }

    /** The goals, by their reference in the file, each pivot linked to the goal it came from. */
    private static Map<Integer, Goal> goals(ExportFile file, Person person, Map<Integer, NorthStar> stars) {
        Map<Integer, Goal> goals = new HashMap<>();
        for (ExportFile.GoalData data : list(file.goals())) {
            goals.put(data.ref(), goal(data, person, stars));
        }
        for (ExportFile.GoalData data : list(file.goals())) {
            if (data.pivotedFromRef() != null) {
                goals.get(data.ref()).pivotedFromId = goals.get(data.pivotedFromRef()).id;
            }
        }
        return goals;
    }

    private static void checkIns(ExportFile file, Person person, Map<Integer, Goal> goals) {
        for (ExportFile.CheckInData data : list(file.checkIns())) {
            CheckIn checkIn = new CheckIn();
            checkIn.owner = person;
            checkIn.weekStart = data.weekStart();
            checkIn.submitted = data.submitted();
            checkIn.wins = data.wins();
            checkIn.roadblocks = data.roadblocks();
            checkIn.focus = data.focus();
            checkIn.confidence = data.confidence();
            checkIn.sharedWithMentors = data.sharedWithMentors();
            checkIn.submittedAt = data.submittedAt();
            checkIn.updatedAt = data.updatedAt();
            checkIn.persist();
            for (ExportFile.NoteData noteData : list(data.goalNotes())) {
                CheckInNote note = new CheckInNote();
                note.checkIn = checkIn;
                note.goal = goals.get(noteData.goalRef());
                note.note = noteData.note();
                note.persist();
            }
        }
    }

    private static void pauses(ExportFile file, Person person) {
        for (ExportFile.PauseData data : list(file.pausedWeeks())) {
            WeekPause pause = new WeekPause();
            pause.owner = person;
            pause.weekStart = data.weekStart();
            pause.reason = data.reason();
            pause.persist();
        }
    }

    private static void milestones(ExportFile file, Person person, Map<Integer, Goal> goals) {
        for (ExportFile.MilestoneData data : list(file.milestones())) {
            Milestone milestone = new Milestone();
            milestone.owner = person;
            milestone.happenedOn = data.happenedOn();
            milestone.monthOnly = data.monthOnly();
            milestone.title = data.title();
            milestone.kind = MilestoneKind.parse(data.kind()).orElseThrow();
            milestone.story = data.story();
            milestone.goal = data.goalRef() == null ? null : goals.get(data.goalRef());
            milestone.evidenceUrl = data.evidenceUrl();
            milestone.sharedWithMentors = data.sharedWithMentors();
            milestone.createdAt = data.createdAt();
            milestone.persist();
        }
    }

    private static Goal goal(ExportFile.GoalData data, Person person, Map<Integer, NorthStar> stars) {
        Goal goal = new Goal();
        goal.owner = person;
        goal.northStar = data.northStarRef() == null ? null : stars.get(data.northStarRef());
        goal.title = data.title();
        goal.category = Category.parse(data.category()).orElseThrow();
        goal.why = data.why();
        goal.targetDate = data.targetDate();
        goal.measureUnit = data.measureUnit();
        goal.measureCurrent = data.measureCurrent();
        goal.measureTarget = data.measureTarget();
        goal.status = status(data.status());
        goal.statusReason = data.statusReason();
        goal.previousStatus = data.previousStatus() == null ? null : status(data.previousStatus());
        goal.statusChangedAt = data.statusChangedAt();
        goal.achievedAt = data.achievedAt();
        goal.ideaId = data.ideaId();
        goal.sharedWithMentors = data.sharedWithMentors();
        goal.lastProgressAt = data.lastProgressAt();
        goal.createdAt = data.createdAt();
        goal.stepsTotal = list(data.steps()).size();
        goal.stepsDone = (int)
                list(data.steps()).stream().filter(s -> s.doneAt() != null).count();
        goal.persist();
        for (ExportFile.StepData stepData : list(data.steps())) {
            goal.addStep(stepData.position(), stepData.title(), stepData.dueDate()).doneAt = stepData.doneAt();
        }
        history(goal, data);
        progress(goal, data);
        reflection(goal, data);
        return goal;
    }

    private static void history(Goal goal, ExportFile.GoalData data) {
        for (ExportFile.EventData e : list(data.history())) {
            GoalEvent event = new GoalEvent();
            event.goal = goal;
            event.kind = kind(e.kind());
            event.occurredAt = e.occurredAt();
            event.reason = e.reason();
            event.fromTitle = e.fromTitle();
            event.toTitle = e.toTitle();
            event.fromTarget = e.fromTarget();
            event.toTarget = e.toTarget();
            event.fromDate = e.fromDate();
            event.toDate = e.toDate();
            event.fromNorthStar = e.fromNorthStar();
            event.toNorthStar = e.toNorthStar();
            event.fromStatus = e.fromStatus() == null ? null : status(e.fromStatus());
            event.toStatus = e.toStatus() == null ? null : status(e.toStatus());
            event.persist();
        }
    }

    private static void progress(Goal goal, ExportFile.GoalData data) {
        for (ExportFile.ProgressData p : list(data.progress())) {
            GoalProgress snapshot = new GoalProgress();
            snapshot.goal = goal;
            snapshot.recordedAt = p.recordedAt();
            snapshot.stepsDone = p.stepsDone();
            snapshot.stepsTotal = p.stepsTotal();
            snapshot.measureCurrent = p.measureCurrent();
            snapshot.measureTarget = p.measureTarget();
            snapshot.percent = p.percent();
            snapshot.persist();
        }
    }

    private static void reflection(Goal goal, ExportFile.GoalData data) {
        if (data.reflection() != null) {
            Reflection reflection = new Reflection();
            reflection.goal = goal;
            reflection.meaningful = data.reflection().meaningful();
            reflection.learned = data.reflection().learned();
            reflection.chooseAgain = Reflection.Again.valueOf(data.reflection().chooseAgain());
            reflection.createdAt = data.reflection().createdAt();
            reflection.persist();
        }
    }

    private static boolean validReflection(ExportFile.ReflectionData reflection) {
        try {
            Reflection.Again.valueOf(String.valueOf(reflection.chooseAgain()));
            return reflection.meaningful() >= 1 && reflection.meaningful() <= 5 && reflection.createdAt() != null;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static GoalStatus status(String value) {
        try {
            return GoalStatus.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static GoalEvent.Kind kind(String value) {
        try {
            return GoalEvent.Kind.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean refOk(Integer ref, int count) {
        return ref == null || (ref >= 1 && ref <= count);
    }

    private static void require(List<String> problems, boolean ok, String what) {
        if (!ok && problems.size() < 10) {
            problems.add("Something in " + what + " is missing or not valid.");
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
