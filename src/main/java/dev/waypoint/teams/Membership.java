package dev.waypoint.teams;

import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A person's place in a team; current until they leave or are removed. */
@Entity
public class Membership extends Row {

    public enum Role {
        LEAD,
        MEMBER
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", updatable = false)
    public Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    public Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "joined_at", nullable = false, updatable = false)
    public Instant joinedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    /** TRUE while current, NULL once left: the database's key for "one membership per team and person". */
    @Column(name = "is_current")
    Boolean current = Boolean.TRUE;

    /** A new, current membership (not yet persisted). */
    public static Membership of(Team team, Person person, Role role, Instant joinedAt) {
        Membership membership = new Membership();
        membership.team = team;
        membership.person = person;
        membership.role = role;
        membership.joinedAt = joinedAt;
        return membership;
    }

    public void leave(Instant now) {
        leftAt = now;
        current = null;
    }

    /** The person's current membership of a team that is not archived, with the team. */
    public static Optional<Membership> current(Long teamId, Long personId) {
        return find(
                        "from Membership m join fetch m.team t where t.id = ?1 and m.person.id = ?2 and m.leftAt is null"
                                + " and t.archivedAt is null",
                        teamId,
                        personId)
                .firstResultOptional();
    }

    /** The person's current teams, with the teams. */
    public static List<Membership> ofPerson(Long personId) {
        return list(
                "from Membership m join fetch m.team t where m.person.id = ?1 and m.leftAt is null and t.archivedAt is null"
                        + " order by t.name",
                personId);
    }

    /** A team's current members, with the people, leads first; deactivated people are not counted in. */
    public static List<Membership> ofTeam(Long teamId) {
        return list(
                "from Membership m join fetch m.person p where m.team.id = ?1 and m.leftAt is null and p.active = true"
                        + " order by m.role, m.joinedAt",
                teamId);
    }

    /** The ids of a team's current members, to tell them of something. */
    public static List<Long> currentMemberIds(Long teamId) {
        return getEntityManager()
                .createQuery(
                        "select m.person.id from Membership m where m.team.id = ?1 and m.leftAt is null", Long.class)
                .setParameter(1, teamId)
                .getResultList();
    }

    /** How many current leads the team has, not counting deactivated people. */
    public static long leadsOf(Long teamId) {
        return count("team.id = ?1 and role = ?2 and leftAt is null and person.active = true", teamId, Role.LEAD);
    }

    public boolean isLead() {
        return role == Role.LEAD;
    }
}
