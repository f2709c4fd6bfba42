package dev.waypoint.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waypoint.account.ExportFile.CheckInData;
import dev.waypoint.account.ExportFile.EventData;
import dev.waypoint.account.ExportFile.GoalData;
import dev.waypoint.account.ExportFile.MilestoneData;
import dev.waypoint.account.ExportFile.NoteData;
import dev.waypoint.account.ExportFile.ProgressData;
import dev.waypoint.account.ExportFile.ReflectionData;
import dev.waypoint.account.ExportFile.StepData;
import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.CheckInNote;
import dev.waypoint.checkins.WeekPause;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalEvent;
import dev.waypoint.goals.GoalProgress;
import dev.waypoint.goals.NorthStar;
import dev.waypoint.goals.Step;
import dev.waypoint.meetings.Meeting;
import dev.waypoint.meetings.SessionHistory;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.notifications.EmailChoice;
import dev.waypoint.people.Person;
import dev.waypoint.reflections.Reflection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads all of a person's data into an {@link ExportFile}, one query per kind of thing. */
final class Exporter {

    private Exporter() {}

    static ExportFile export(Person person, Instant now, ObjectMapper json) {
        Long owner = person.id;
        List<NorthStar> stars = NorthStar.list("owner.id = ?1 order by createdAt, id", owner);
        List<Goal> goals = Goal.list("from Goal g where g.owner.id = ?1 order by g.createdAt, g.id", owner);
        Map<Long, Integer> starRefs = refs(stars.stream().map(s -> s.id).toList());
        Map<Long, Integer> goalRefs = refs(goals.stream().map(g -> g.id).toList());
        return new ExportFile(
                ExportFile.FORMAT,
                ExportFile.VERSION,
                now,
                new ExportFile.Profile(
                        person.displayName,
                        person.timeZone,
                        person.checkInDay.name(),
                        person.emailReminders,
                        person.emailSessions,
                        person.shareCheckIns,
                        emailChoices(owner),
                        person.quietFrom.toString(),
                        person.quietUntil.toString()),
                stars.stream()
                        .map(s -> new ExportFile.NorthStarData(starRefs.get(s.id), s.title, s.why, s.createdAt))
                        .toList(),
                goals(owner, goals, starRefs, goalRefs),
                checkIns(owner, goalRefs),
                WeekPause.<WeekPause>list("owner.id = ?1 order by weekStart", owner).stream()
                        .map(p -> new ExportFile.PauseData(p.weekStart, p.reason))
                        .toList(),
                milestones(owner, goalRefs),
                sessions(owner, json));
    }

    /**
     * The sessions of every mentorship the person was in, as they keep them (four queries), and
     * those they brought from another Waypoint (one), in the order they took place.
     */
    private static List<ExportFile.SessionData> sessions(Long owner, ObjectMapper json) {
        List<ExportFile.SessionData> sessions = new ArrayList<>(ownSessions(owner));
        for (KeptSession kept : KeptSession.of(owner)) {
            sessions.add(KeptSessions.read(kept, json));
        }
        sessions.sort(Comparator.comparing(ExportFile.SessionData::startsAt));
        return sessions;
    }

    private static List<ExportFile.SessionData> ownSessions(Long owner) {
        return SessionHistory.ofPerson(owner).entries().stream()
                .map(entry -> {
                    Meeting m = entry.meeting();
                    return new ExportFile.SessionData(
                            m.otherThan(owner).displayName,
                            entry.asMentor() ? "mentor" : "mentee",
                            m.startsAt,
                            m.zone,
                            m.minutes,
                            m.place,
                            m.repeatWeeks,
                            m.status.name(),
                            entry.sharedNotes(),
                            entry.myNotes(),
                            m.helpful == null ? null : m.helpful.name(),
                            m.helpfulNote,
                            entry.points().stream()
                                    .map(p -> new ExportFile.PointData(
                                            p.text(),
                                            p.shared,
                                            p.author.id.equals(owner),
                                            p.answer == null ? null : p.answer.name(),
                                            p.coveredAt))
                                    .toList(),
                            entry.actions().stream()
                                    .map(a -> new ExportFile.ActionData(
                                            a.body,
                                            a.owner.id.equals(m.mentorship.mentor.id) ? "mentor" : "mentee",
                                            a.dueOn,
                                            a.isDone()))
                                    .toList());
                })
                .toList();
    }

    /** The goals with their steps, history, progress and reflection: one query for each of those. */
    private static List<GoalData> goals(
            Long owner, List<Goal> goals, Map<Long, Integer> starRefs, Map<Long, Integer> goalRefs) {
        Map<Long, List<Step>> steps = group(
                Step.<Step>list("from Step s where s.goal.owner.id = ?1 order by s.position, s.id", owner),
                s -> s.goal.id);
        Map<Long, List<GoalEvent>> events = group(
                GoalEvent.<GoalEvent>list(
                        "from GoalEvent e where e.goal.owner.id = ?1 order by e.occurredAt, e.id", owner),
                e -> e.goal.id);
        Map<Long, List<GoalProgress>> progress = group(
                GoalProgress.<GoalProgress>list(
                        "from GoalProgress p where p.goal.owner.id = ?1 order by p.recordedAt, p.id", owner),
                p -> p.goal.id);
        Map<Long, Reflection> reflections =
                Reflection.<Reflection>list("from Reflection r where r.goal.owner.id = ?1", owner).stream()
                        .collect(Collectors.toMap(r -> r.goal.id, r -> r));
        return goals.stream()
                .map(g -> goal(g, starRefs, goalRefs, steps, events, progress, reflections))
                .toList();
    }

    /** The weekly check-ins with their notes per goal. */
    private static List<CheckInData> checkIns(Long owner, Map<Long, Integer> goalRefs) {
        Map<Long, List<CheckInNote>> notes = group(
                CheckInNote.<CheckInNote>list("from CheckInNote n where n.checkIn.owner.id = ?1 order by n.id", owner),
                n -> n.checkIn.id);
        return CheckIn.<CheckIn>list("owner.id = ?1 order by weekStart", owner).stream()
                .map(c -> new CheckInData(
                        c.weekStart,
                        c.submitted,
                        c.wins,
                        c.roadblocks,
                        c.focus,
                        c.confidence,
                        c.sharedWithMentors,
                        c.submittedAt,
                        c.updatedAt,
                        notes.getOrDefault(c.id, List.of()).stream()
                                .map(n -> new NoteData(goalRefs.get(n.goal.id), n.note))
                                .toList()))
                .toList();
    }

    private static List<MilestoneData> milestones(Long owner, Map<Long, Integer> goalRefs) {
        return Milestone.<Milestone>list("owner.id = ?1 order by happenedOn, id", owner).stream()
                .map(m -> new MilestoneData(
                        m.happenedOn,
                        m.monthOnly,
                        m.title,
                        m.kind.name(),
                        m.story,
                        m.goal == null ? null : goalRefs.get(m.goal.id),
                        m.evidenceUrl,
                        m.sharedWithMentors,
                        m.createdAt))
                .toList();
    }

    private static GoalData goal(
            Goal g,
            Map<Long, Integer> starRefs,
            Map<Long, Integer> goalRefs,
            Map<Long, List<Step>> steps,
            Map<Long, List<GoalEvent>> events,
            Map<Long, List<GoalProgress>> progress,
            Map<Long, Reflection> reflections) {
        Reflection r = reflections.get(g.id);
        return new GoalData(
                goalRefs.get(g.id),
                g.northStar == null ? null : starRefs.get(g.northStar.id),
                g.title,
                g.category.name(),
                g.why,
                g.targetDate,
                g.measureUnit,
                g.measureCurrent,
                g.measureTarget,
                g.status.name(),
                g.statusReason,
                g.previousStatus == null ? null : g.previousStatus.name(),
                g.statusChangedAt,
                g.achievedAt,
                g.pivotedFromId == null ? null : goalRefs.get(g.pivotedFromId),
                g.ideaId,
                g.sharedWithMentors,
                g.lastProgressAt,
                g.createdAt,
                steps.getOrDefault(g.id, List.of()).stream()
                        .map(s -> new StepData(s.position, s.title, s.dueDate, s.doneAt))
                        .toList(),
                events.getOrDefault(g.id, List.of()).stream()
                        .map(e -> new EventData(
                                e.kind.name(),
                                e.occurredAt,
                                e.reason,
                                e.fromTitle,
                                e.toTitle,
                                e.fromTarget,
                                e.toTarget,
                                e.fromDate,
                                e.toDate,
                                e.fromNorthStar,
                                e.toNorthStar,
                                e.fromStatus == null ? null : e.fromStatus.name(),
                                e.toStatus == null ? null : e.toStatus.name()))
                        .toList(),
                progress.getOrDefault(g.id, List.of()).stream()
                        .map(p -> new ProgressData(
                                p.recordedAt, p.stepsDone, p.stepsTotal, p.measureCurrent, p.measureTarget, p.percent))
                        .toList(),
                r == null ? null : new ReflectionData(r.meaningful, r.learned, r.chooseAgain.name(), r.createdAt));
    }

    private static Map<Long, Integer> refs(List<Long> ids) {
        Map<Long, Integer> refs = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            refs.put(ids.get(i), i + 1);
        }
        return refs;
    }

    private static <T> Map<Long, List<T>> group(List<T> items, java.util.function.Function<T, Long> key) {
        return items.stream().collect(Collectors.groupingBy(key));
    }

    /** Each kind of e-mail and how often the person wants it, by name. */
    private static Map<String, String> emailChoices(Long owner) {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        EmailChoice.of(owner).forEach((topic, cadence) -> choices.put(topic.name(), cadence.name()));
        return choices;
    }
}
