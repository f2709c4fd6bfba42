package dev.waypoint.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a person wrote, in the versioned export format (docs/export-format.md). Items refer
 * to each other by "ref", a number that is local to the file.
 */
public record ExportFile(
        String format,
        int version,
        Instant exportedAt,
        Profile profile,
        List<NorthStarData> northStars,
        List<GoalData> goals,
        List<CheckInData> checkIns,
        List<PauseData> pausedWeeks,
        List<MilestoneData> milestones,
        List<SessionData> sessions) {

    public static final String FORMAT = "waypoint-export";
    public static final int VERSION = 1;

    public record Profile(
            String displayName,
            String timeZone,
            String checkInDay,
            boolean emailReminders,
            Boolean emailSessions,
            boolean shareCheckIns,
            Map<String, String> email,
            String quietFrom,
            String quietUntil) {}

    public record NorthStarData(int ref, String title, String why, Instant createdAt) {}

    public record GoalData(
            int ref,
            Integer northStarRef,
            String title,
            String category,
            String why,
            LocalDate targetDate,
            String measureUnit,
            Integer measureCurrent,
            Integer measureTarget,
            String status,
            String statusReason,
            String previousStatus,
            Instant statusChangedAt,
            Instant achievedAt,
            Integer pivotedFromRef,
            Long ideaId,
            boolean sharedWithMentors,
            Instant lastProgressAt,
            Instant createdAt,
            List<StepData> steps,
            List<EventData> history,
            List<ProgressData> progress,
            ReflectionData reflection) {}

    public record StepData(int position, String title, LocalDate dueDate, Instant doneAt) {}

    public record EventData(
            String kind,
            Instant occurredAt,
            String reason,
            String fromTitle,
            String toTitle,
            Integer fromTarget,
            Integer toTarget,
            LocalDate fromDate,
            LocalDate toDate,
            String fromNorthStar,
            String toNorthStar,
            String fromStatus,
            String toStatus) {}

    public record ProgressData(
            Instant recordedAt,
            int stepsDone,
            int stepsTotal,
            Integer measureCurrent,
            Integer measureTarget,
            int percent) {}

    public record ReflectionData(int meaningful, String learned, String chooseAgain, Instant createdAt) {}

    public record CheckInData(
            LocalDate weekStart,
            boolean submitted,
            String wins,
            String roadblocks,
            String focus,
            Integer confidence,
            boolean sharedWithMentors,
            Instant submittedAt,
            Instant updatedAt,
            List<NoteData> goalNotes) {}

    public record NoteData(int goalRef, String note) {}

    public record PauseData(LocalDate weekStart, String reason) {}

    public record MilestoneData(
            LocalDate happenedOn,
            boolean monthOnly,
            String title,
            String kind,
            String story,
            Integer goalRef,
            String evidenceUrl,
            boolean sharedWithMentors,
            Instant createdAt) {}

    /**
     * A mentoring session as its exporter keeps it: "with" names the other person, "side" says
     * whether the exporter was the mentor or the mentee. Shared points, notes and actions are there
     * while the exporter keeps the shared record; private points and notes only the exporter's own.
     */
    public record SessionData(
            String with,
            String side,
            Instant startsAt,
            String zone,
            int minutes,
            String place,
            Integer repeatWeeks,
            String status,
            String sharedNotes,
            String privateNotes,
            String helpful,
            String helpfulNote,
            List<PointData> points,
            List<ActionData> actions) {

        /** A file may leave the lists out; they read as empty. */
        public SessionData {
            points = points == null ? List.of() : points;
            actions = actions == null ? List.of() : actions;
        }
    }

    public record PointData(String text, boolean shared, boolean mine, String fromCheckIn, Instant coveredAt) {}

    public record ActionData(String text, String owner, LocalDate dueOn, boolean done) {}
}
