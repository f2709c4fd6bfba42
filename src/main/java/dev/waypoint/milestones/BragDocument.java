package dev.waypoint.milestones;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.people.Person;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A Markdown summary of a period, ready to paste into a review: milestones, goals, wins. */
final class BragDocument {

    static final List<Integer> PERIODS = List.of(3, 6, 12, 24);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private BragDocument() {}

    static String write(Person person, LocalDate today, int months) {
        LocalDate from = today.minusMonths(months);
        ZoneId zone = person.zone();
        List<Milestone> milestones = Milestone.since(person.id, from);
        List<Goal> achieved = Goal.list(
                "from Goal g where g.owner.id = ?1 and g.status = ?2 and g.achievedAt >= ?3 order by g.achievedAt",
                person.id,
                GoalStatus.ACHIEVED,
                from.atStartOfDay(zone).toInstant());
        List<CheckIn> checkIns = CheckIn.since(person.id, Week.containing(from));

        StringBuilder md = new StringBuilder();
        md.append("# What ").append(oneLine(person.displayName)).append(" achieved\n\n");
        md.append("_")
                .append(DAY.format(from))
                .append(" to ")
                .append(DAY.format(today))
                .append("_\n\n");

        md.append("## Milestones\n\n");
        if (milestones.isEmpty()) {
            md.append("No milestones recorded in this period.\n");
        }
        for (Milestone milestone : milestones) {
            md.append("- **")
                    .append(oneLine(milestone.title))
                    .append("** (")
                    .append(milestone.kind.label())
                    .append(", ")
                    .append(milestone.when())
                    .append(")");
            if (milestone.story != null) {
                md.append(": ").append(oneLine(milestone.story));
            }
            if (milestone.evidenceUrl != null) {
                md.append(" [evidence](")
                        .append(milestone.evidenceUrl.replace(")", "%29"))
                        .append(")");
            }
            md.append('\n');
        }

        // A goal already told as a milestone isn't listed twice.
        java.util.Set<Long> told = milestones.stream()
                .filter(m -> m.goal != null)
                .map(m -> m.goal.id)
                .collect(java.util.stream.Collectors.toSet());
        achieved = achieved.stream().filter(goal -> !told.contains(goal.id)).toList();
        md.append("\n## Goals achieved\n\n");
        if (achieved.isEmpty()) {
            md.append("No goals achieved in this period.\n");
        }
        for (Goal goal : achieved) {
            md.append("- **")
                    .append(oneLine(goal.title))
                    .append("** (")
                    .append(goal.category.label())
                    .append(", ")
                    .append(DAY.format(goal.achievedAt.atZone(zone)))
                    .append(")");
            if (goal.why != null) {
                md.append(": ").append(oneLine(goal.why));
            }
            md.append('\n');
        }

        md.append("\n## Wins from weekly check-ins\n\n");
        boolean anyWin = false;
        for (CheckIn checkIn : checkIns) {
            if (!checkIn.submitted) {
                continue;
            }
            for (String win : checkIn.winItems()) {
                md.append("- ")
                        .append(oneLine(win))
                        .append(" (week of ")
                        .append(DAY.format(checkIn.weekStart))
                        .append(")\n");
                anyWin = true;
            }
        }
        if (!anyWin) {
            md.append("No check-in wins in this period.\n");
        }
        return md.toString();
    }

    /** One Markdown line: newlines folded, so a story can't start a heading or a list. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
