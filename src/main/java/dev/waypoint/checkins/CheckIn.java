package dev.waypoint.checkins;

import dev.waypoint.circles.Audience;
import dev.waypoint.circles.AudienceWords;
import dev.waypoint.goals.Goal;
import dev.waypoint.people.Person;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import dev.waypoint.web.Row;
import io.quarkus.panache.common.Parameters;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hibernate.annotations.OptimisticLock;

/** A person's look back at one week: wins, roadblocks, next week's focus, confidence. */
@Entity
@Table(name = "check_in")
public class CheckIn extends Row {

    @TemplateGlobal(name = "winsMax")
    public static final int WINS_MAX = 8000;

    @TemplateGlobal(name = "roadblocksMax")
    public static final int ROADBLOCKS_MAX = 8000;

    @TemplateGlobal(name = "focusMax")
    public static final int FOCUS_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    public Person owner;

    @Column(name = "week_start", nullable = false, updatable = false)
    public LocalDate weekStart;

    /** False while it is a draft that autosaves; true once sent. */
    @Column(nullable = false)
    public boolean submitted;

    @OptimisticLock(excluded = true)
    public String wins;

    @OptimisticLock(excluded = true)
    public String roadblocks;

    @OptimisticLock(excluded = true)
    public String focus;

    @OptimisticLock(excluded = true)
    public Integer confidence;

    @OptimisticLock(excluded = true)
    @Column(name = "shared_with_mentors", nullable = false)
    public boolean sharedWithMentors;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @OptimisticLock(excluded = true)
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Bumped by each submit, not by autosaves: an autosave still in flight when the person
     * presses "Check in" must not make their own submit look stale. Another tab's submit does.
     */
    @Version
    public int version;

    public Week week() {
        return new Week(weekStart);
    }

    public static Optional<CheckIn> of(Long ownerId, Week week) {
        return find("owner.id = ?1 and weekStart = ?2", ownerId, week.start()).firstResultOptional();
    }

    /** The week's check-in, locked until the transaction ends: the next save of it waits its turn. */
    public static CheckIn lockedOf(Long ownerId, Week week) {
        return CheckIn.<CheckIn>find("owner.id = ?1 and weekStart = ?2", ownerId, week.start())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .singleResult();
    }

    /** The person's check-ins from week {@code from} to week {@code to}, both included, oldest first. */
    public static List<CheckIn> ofWeeks(Long ownerId, Week from, Week to) {
        return list(
                "owner.id = ?1 and weekStart >= ?2 and weekStart <= ?3 order by weekStart",
                ownerId,
                from.start(),
                to.start());
    }

    /** The check-in of that week, if the viewer may see it. */
    public static Optional<CheckIn> findVisible(Long ownerId, Week week, Long viewerId) {
        Audience.Condition visible = Audience.visibleTo("c", TeamShare.Item.CHECK_IN, viewerId);
        return find(
                        "from CheckIn c join fetch c.owner where c.owner.id = :owner and c.weekStart = :week and "
                                + visible.jpql(),
                        visible.and(Parameters.with("owner", ownerId).and("week", week.start())))
                .firstResultOptional();
    }

    /** A check-in by id, with its owner, if the viewer may see it. */
    public static Optional<CheckIn> findVisibleById(Long id, Long viewerId) {
        Audience.Condition visible = Audience.visibleTo("c", TeamShare.Item.CHECK_IN, viewerId);
        return find(
                        "from CheckIn c join fetch c.owner where c.id = :id and " + visible.jpql(),
                        visible.and(Parameters.with("id", id)))
                .firstResultOptional();
    }

    /** The person's check-ins from {@code since} on, oldest first. */
    public static List<CheckIn> since(Long ownerId, Week since) {
        return list("owner.id = ?1 and weekStart >= ?2 order by weekStart", ownerId, since.start());
    }

    /** The notes on goals, replaced by these (by goal id); only the owner's active goals take one. */
    public void replaceNotes(Map<Long, String> notesByGoal) {
        CheckInNote.delete("checkIn.id", id);
        Set<Long> active = Goal.activeOf(owner.id).stream().map(goal -> goal.id).collect(Collectors.toSet());
        notesByGoal.forEach((goalId, text) -> {
            if (active.contains(goalId)) {
                CheckInNote note = new CheckInNote();
                note.checkIn = this;
                note.goal = Goal.getEntityManager().getReference(Goal.class, goalId);
                note.note = text;
                note.persist();
            }
        });
    }

    /** For the audit log: who sees this check-in now (flushes pending team shares first). */
    public String sharing() {
        flush();
        List<String> teams = TeamShare.teamsOf(TeamShare.Item.CHECK_IN, id).stream()
                .map(team -> team.name)
                .sorted()
                .toList();
        return AudienceWords.sharingNow("the check-in of " + week().label(), sharedWithMentors, teams);
    }

    /** Shared with exactly the chosen ones of the owner's current teams. */
    public void shareWithTeams(List<Membership> ownersTeams, Predicate<Long> chosen) {
        TeamShare.delete("itemType = ?1 and itemId = ?2", TeamShare.Item.CHECK_IN, id);
        for (Membership membership : ownersTeams) {
            if (chosen.test(membership.team.id)) {
                TeamShare.share(membership.team, TeamShare.Item.CHECK_IN, id, owner);
            }
        }
    }

    /** Next week's focus, one item a line. */
    public List<String> focusItems() {
        return lines(focus);
    }

    public List<String> roadblockItems() {
        return lines(roadblocks);
    }

    public List<String> winItems() {
        return lines(wins);
    }

    /** One item a line, without list markers or blank lines. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(line -> line.strip().replaceFirst("^[-*•]\\s*", ""))
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
