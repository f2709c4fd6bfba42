package dev.waypoint.milestones;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Milestones are clearer in hindsight: achieved goals and check-in wins that could become one,
 * minus those already turned into milestones or dismissed.
 */
public final class Suggestions {

    static final int SHOWN = 6;
    static final int WIN_WEEKS = 26;

    /** One candidate, with what a new milestone would start from. */
    public record Suggestion(
            String key, String title, LocalDate date, String origin, MilestoneKind kind, Long goalId) {}

    private Suggestions() {}

    static List<Suggestion> of(Long ownerId, ZoneId zone, Week current) {
        return open(ownerId, zone, current).stream().limit(SHOWN).toList();
    }

    /** The suggestion behind a key, if it is the person's and still open. */
    static Optional<Suggestion> find(Long ownerId, ZoneId zone, Week current, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return open(ownerId, zone, current).stream()
                .filter(s -> s.key().equals(key))
                .findFirst();
    }

    private static List<Suggestion> open(Long ownerId, ZoneId zone, Week current) {
        Set<String> taken = new HashSet<>(MilestoneDismissal.<MilestoneDismissal>list("owner.id", ownerId).stream()
                .map(d -> d.suggestionKey)
                .toList());
        taken.addAll(Milestone.getEntityManager()
                .createQuery(
                        "select m.suggestionKey from Milestone m where m.owner.id = :owner and m.suggestionKey is not null",
                        String.class)
                .setParameter("owner", ownerId)
                .getResultList());
        List<Suggestion> all = new ArrayList<>();
        List<Goal> achieved = Goal.list(
                "from Goal g where g.owner.id = ?1 and g.status = ?2"
                        + " and not exists (select m.id from Milestone m where m.goal = g) order by g.achievedAt desc",
                ownerId,
                GoalStatus.ACHIEVED);
        for (Goal goal : achieved) {
            all.add(new Suggestion(
                    "goal:" + goal.id,
                    goal.title,
                    goal.achievedAt.atZone(zone).toLocalDate(),
                    "Achieved goal",
                    MilestoneKind.OTHER,
                    goal.id));
        }
        for (CheckIn checkIn : CheckIn.since(ownerId, current.minusWeeks(WIN_WEEKS))) {
            if (!checkIn.submitted) {
                continue;
            }
            List<String> wins = checkIn.winItems();
            for (int i = 0; i < wins.size(); i++) {
                all.add(new Suggestion(
                        "win:" + checkIn.id + ":" + i,
                        wins.get(i),
                        winDate(checkIn, zone),
                        "Win from your check-in, " + checkIn.week().label(),
                        MilestoneKind.OTHER,
                        null));
            }
        }
        return all.stream()
                .filter(s -> !taken.contains(s.key()))
                .sorted((a, b) -> b.date().compareTo(a.date()))
                .toList();
    }

    /**
     * A win happened by the day it was written down: the day of submitting, never later than the
     * week's end (and never in the future, which a milestone may not be).
     */
    static LocalDate winDate(CheckIn checkIn, ZoneId zone) {
        if (checkIn.submittedAt == null) {
            return checkIn.week().start();
        }
        LocalDate submitted = checkIn.submittedAt.atZone(zone).toLocalDate();
        return submitted.isBefore(checkIn.week().end())
                ? submitted
                : checkIn.week().end();
    }
}
