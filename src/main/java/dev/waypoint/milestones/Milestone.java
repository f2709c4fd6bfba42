package dev.waypoint.milestones;

import dev.waypoint.circles.Audience;
import dev.waypoint.goals.Goal;
import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import io.quarkus.panache.common.Parameters;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A significant moment on someone's career timeline, with its story. */
@Entity
public class Milestone extends Row {

    @TemplateGlobal(name = "milestoneTitleMax")
    public static final int TITLE_MAX = 160;

    @TemplateGlobal(name = "milestoneStoryMax")
    public static final int STORY_MAX = 8000;

    @TemplateGlobal(name = "milestoneUrlMax")
    public static final int URL_MAX = 500;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    public Person owner;

    @Column(name = "happened_on", nullable = false)
    public LocalDate happenedOn;

    /** Old events are often remembered only to the month. */
    @Column(name = "month_only", nullable = false)
    public boolean monthOnly;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneKind kind;

    public String story;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    public Goal goal;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    /** The suggestion this milestone grew from ("goal:12", "win:34:0"), if any. */
    @Column(name = "suggestion_key")
    public String suggestionKey;

    @Column(name = "shared_with_mentors", nullable = false)
    public boolean sharedWithMentors;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public int version;

    public static Optional<Milestone> findVisible(Long id, Long viewerId) {
        Audience.Condition visible = Audience.visibleTo("m", null, viewerId);
        return find(
                        "from Milestone m join fetch m.owner left join fetch m.goal where m.id = :id and "
                                + visible.jpql(),
                        visible.and(Parameters.with("id", id)))
                .firstResultOptional();
    }

    public static Optional<Milestone> findOwned(Long id, Long ownerId) {
        return find("from Milestone m left join fetch m.goal where m.id = ?1 and m.owner.id = ?2", id, ownerId)
                .firstResultOptional();
    }

    /** One page of the timeline, newest first, optionally of one kind and one year. */
    public static List<Milestone> timeline(Long ownerId, MilestoneKind kind, Integer year, int page, int size) {
        StringBuilder query = new StringBuilder("from Milestone m where m.owner.id = :owner");
        Parameters parameters = Parameters.with("owner", ownerId);
        if (kind != null) {
            query.append(" and m.kind = :kind");
            parameters = parameters.and("kind", kind);
        }
        if (year != null) {
            query.append(" and m.happenedOn >= :from and m.happenedOn < :to");
            parameters = parameters.and("from", LocalDate.of(year, 1, 1)).and("to", LocalDate.of(year + 1, 1, 1));
        }
        query.append(" order by m.happenedOn desc, m.id desc");
        return find(query.toString(), parameters).page(page, size).list();
    }

    /** The newest {@code most} milestones the mentee shares with the mentor, by the audience rule, newest first. */
    public static List<Milestone> sharedWith(Long mentorId, Long menteeId, int most) {
        Audience.Condition shared = Audience.seenByMentor("m", mentorId);
        return find(
                        "from Milestone m left join fetch m.goal" + shared.jpql()
                                + " where m.owner.id = :mentee order by m.happenedOn desc, m.id desc",
                        shared.and(Parameters.with("mentee", menteeId)))
                .page(0, most)
                .list();
    }

    /** Milestones from {@code from} on, oldest first, for a brag document. */
    public static List<Milestone> since(Long ownerId, LocalDate from) {
        return list(
                "from Milestone m left join fetch m.goal where m.owner.id = ?1 and m.happenedOn >= ?2 order by m.happenedOn",
                ownerId,
                from);
    }

    /** Whether its mentors may see the goal it came from: only when that goal is shared with them too. */
    public boolean goalSharedWithMentors() {
        return goal != null && goal.sharedWithMentors;
    }

    /** "12 March 2024", or "March 2024" when only the month is known. */
    public String when() {
        return (monthOnly ? MONTH : DAY).format(happenedOn);
    }

    public String monthHeading() {
        return MONTH.format(happenedOn);
    }

    public int year() {
        return happenedOn.getYear();
    }
}
