package dev.waypoint.meetings;

import dev.waypoint.circles.Mentorship;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.NorthStar;
import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a mentorship sets out to do: what the mentee wants to work on (in words and as their goals),
 * how often to meet, and when to look back. Either side drafts it; it holds once both confirmed.
 */
@Entity
public class Agreement extends Row {

    @TemplateGlobal(name = "agreementFocusMax")
    public static final int FOCUS_MAX = 2000;

    /** How long a mentorship runs before the first look back, unless they pick a date. */
    static final int REVIEW_AFTER_MONTHS = 3;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id", updatable = false)
    public Mentorship mentorship;

    public String focus;

    /** How often they mean to meet, in weeks; null when they leave it open. */
    @Column(name = "every_weeks")
    public Integer everyWeeks;

    @Column(name = "review_on")
    public LocalDate reviewOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "drafted_by")
    public Person draftedBy;

    @Column(name = "mentor_confirmed_at")
    public Instant mentorConfirmedAt;

    @Column(name = "mentee_confirmed_at")
    public Instant menteeConfirmedAt;

    @ManyToMany
    @JoinTable(
            name = "agreement_goal",
            joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "goal_id"))
    public Set<Goal> goals = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "agreement_north_star",
            joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "north_star_id"))
    public Set<NorthStar> northStars = new LinkedHashSet<>();

    @Version
    public int version;

    /** The agreement of a mentorship, with its goals and north stars, if one was drafted. */
    static Optional<Agreement> of(Long mentorshipId) {
        // One agreement a mentorship (a unique key); Hibernate folds the rows of its links into it.
        return find(
                        "from Agreement a left join fetch a.goals left join fetch a.northStars"
                                + " where a.mentorship.id = ?1",
                        mentorshipId)
                .singleResultOptional();
    }

    /**
     * Drafted or changed by one side: that side agrees, the other is asked again. Of the links,
     * only those this side was offered change; a goal the mentor may not see stays as it was.
     */
    void draft(
            Side by,
            String focus,
            Integer everyWeeks,
            LocalDate reviewOn,
            Linkable offered,
            Linkable chosen,
            Instant now) {
        this.focus = focus;
        this.everyWeeks = everyWeeks;
        this.reviewOn = reviewOn;
        this.goals.removeAll(offered.goals());
        this.goals.addAll(chosen.goals());
        this.northStars.removeAll(offered.northStars());
        this.northStars.addAll(chosen.northStars());
        this.draftedBy = by.me();
        mentorConfirmedAt = by.isMentor() ? now : null;
        menteeConfirmedAt = by.isMentor() ? null : now;
    }

    /** The other side agrees too. Returns whether that made it hold. */
    boolean confirm(Side by, Instant now) {
        if (by.isMentor()) {
            mentorConfirmedAt = now;
        } else {
            menteeConfirmedAt = now;
        }
        return isConfirmed();
    }

    public boolean isConfirmed() {
        return mentorConfirmedAt != null && menteeConfirmedAt != null;
    }

    /** Whether this side has agreed to the agreement as it stands. */
    public boolean agreedBy(Side side) {
        return (side.isMentor() ? mentorConfirmedAt : menteeConfirmedAt) != null;
    }

    /** The linked goals this side may read: all for the mentee, those shared with mentors for the mentor. */
    public List<Goal> goalsFor(Side side) {
        return goals.stream()
                .filter(goal -> !side.isMentor() || goal.sharedWithMentors)
                .sorted(java.util.Comparator.comparing((Goal g) -> g.title).thenComparing(g -> g.id))
                .toList();
    }

    /** The linked north stars this side may read: all for the mentee, for the mentor those it is offered. */
    public List<NorthStar> northStarsFor(Side side, Linkable visible) {
        return northStars.stream()
                .filter(star -> !side.isMentor() || visible.northStars().contains(star))
                .sorted(java.util.Comparator.comparing((NorthStar n) -> n.title).thenComparing(n -> n.id))
                .toList();
    }

    /** Time to look back: the review date has come, in the viewer's own calendar. */
    public boolean isDue(LocalDate today) {
        return reviewOn != null && !reviewOn.isAfter(today);
    }
}
