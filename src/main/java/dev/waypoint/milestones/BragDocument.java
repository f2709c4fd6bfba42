package dev.waypoint.milestones;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.people.Person;
import dev.waypoint.web.Dates;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Markdown summary of a period, ready to paste into a review: milestones, goals, wins. This class
 * gathers them; {@code templates/BragDocument/markdown.txt} lays them out.
 */
final class BragDocument {

    static final List<Integer> PERIODS = List.of(3, 6, 12, 24);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance markdown(
                String name,
                LocalDate from,
                LocalDate to,
                List<MilestoneItem> milestones,
                List<GoalItem> goals,
                List<WinItem> wins);
    }

    /** A milestone as a list item; every text is one line. {@code story} and {@code evidence} may be null. */
    record MilestoneItem(String title, String kind, String when, String story, String evidence) {}

    /** An achieved goal as a list item; {@code why} may be null. */
    record GoalItem(String title, String category, String achievedOn, String why) {}

    /** One win from a weekly check-in, with the week it was told in. */
    record WinItem(String text, LocalDate week) {}

    private BragDocument() {}

    static String write(Person person, LocalDate today, int months) {
        LocalDate from = today.minusMonths(months);
        List<Milestone> milestones = Milestone.since(person.id, from);
        return Templates.markdown(
                        oneLine(person.displayName),
                        from,
                        today,
                        milestones.stream().map(BragDocument::item).toList(),
                        goalsAchievedSince(person, from, milestones),
                        winsSince(person, from))
                .render();
    }

    private static MilestoneItem item(Milestone milestone) {
        return new MilestoneItem(
                oneLine(milestone.title),
                milestone.kind.label(),
                milestone.when(),
                milestone.story == null ? null : oneLine(milestone.story),
                milestone.evidenceUrl == null ? null : milestone.evidenceUrl.replace(")", "%29"));
    }

    /** Goals achieved in the period, apart from those already told as a milestone. */
    private static List<GoalItem> goalsAchievedSince(Person person, LocalDate from, List<Milestone> milestones) {
        ZoneId zone = person.zone();
        Set<Long> told = milestones.stream()
                .filter(milestone -> milestone.goal != null)
                .map(milestone -> milestone.goal.id)
                .collect(Collectors.toSet());
        List<Goal> achieved = Goal.list(
                "from Goal g where g.owner.id = ?1 and g.status = ?2 and g.achievedAt >= ?3 order by g.achievedAt",
                person.id,
                GoalStatus.ACHIEVED,
                from.atStartOfDay(zone).toInstant());
        return achieved.stream()
                .filter(goal -> !told.contains(goal.id))
                .map(goal -> new GoalItem(
                        oneLine(goal.title),
                        goal.category.label(),
                        Dates.pretty(goal.achievedAt.atZone(zone).toLocalDate()),
                        goal.why == null ? null : oneLine(goal.why)))
                .toList();
    }

    private static List<WinItem> winsSince(Person person, LocalDate from) {
        return CheckIn.since(person.id, Week.containing(from)).stream()
                .filter(checkIn -> checkIn.submitted)
                .flatMap(
                        checkIn -> checkIn.winItems().stream().map(win -> new WinItem(oneLine(win), checkIn.weekStart)))
                .toList();
    }

    /** One Markdown line: newlines folded, so a story can't start a heading or a list. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
