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
import jakarta.persistence.Table;
import java.util.List;

/** A goal or check-in its owner shared with one of their teams. */
@Entity
@Table(name = "team_share")
public class TeamShare extends Row {

    public enum Item {
        GOAL,
        CHECK_IN
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", updatable = false)
    public Team team;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, updatable = false)
    public Item itemType;

    @Column(name = "item_id", nullable = false, updatable = false)
    public Long itemId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    public Person owner;

    public static boolean exists(Long teamId, Item item, Long itemId) {
        return count("team.id = ?1 and itemType = ?2 and itemId = ?3", teamId, item, itemId) > 0;
    }

    /** The teams an item is shared with. */
    public static List<Team> teamsOf(Item item, Long itemId) {
        return Team.list(
                "select s.team from TeamShare s where s.itemType = ?1 and s.itemId = ?2 order by s.team.name",
                item,
                itemId);
    }

    /** For the audit log: which item went on which board (never the item's text). */
    public static String onBoard(Long goalId, Team team) {
        return "goal #" + goalId + ": now on the board of " + team.name;
    }

    /** For the audit log: which item came off which board. */
    public static String offBoard(Long goalId, Team team) {
        return "goal #" + goalId + ": taken off the board of " + team.name;
    }

    /** Shares the item with the team; false when it already was. */
    public static boolean share(Team team, Item item, Long itemId, Person owner) {
        if (exists(team.id, item, itemId)) {
            return false;
        }
        TeamShare share = new TeamShare();
        share.team = team;
        share.itemType = item;
        share.itemId = itemId;
        share.owner = owner;
        share.persist();
        return true;
    }

    public static void unshare(Long teamId, Item item, Long itemId) {
        delete("team.id = ?1 and itemType = ?2 and itemId = ?3", teamId, item, itemId);
    }
}
