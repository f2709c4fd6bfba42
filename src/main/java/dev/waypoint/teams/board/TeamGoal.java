package dev.waypoint.teams.board;

import dev.waypoint.goals.Category;
import dev.waypoint.teams.Team;
import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A goal the whole team owns, e.g. "everyone gives one internal talk this quarter". */
@Entity
@Table(name = "team_goal")
public class TeamGoal extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", updatable = false)
    public Team team;

    @Column(nullable = false)
    @TemplateGlobal(name = "teamGoalTitleMax")
    public static final int TITLE_MAX = 160;

    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "board_column", nullable = false)
    public BoardColumn column;

    @Column(name = "steps_total", nullable = false)
    public int stepsTotal;

    @Column(name = "steps_done", nullable = false)
    public int stepsDone;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Version
    public int version;

    static Optional<TeamGoal> inTeam(Long id, Long teamId) {
        return find("id = ?1 and team.id = ?2 and archivedAt is null", id, teamId)
                .firstResultOptional();
    }

    public int percent() {
        if (column == BoardColumn.ACHIEVED) {
            return 100;
        }
        return stepsTotal == 0 ? 0 : stepsDone * 100 / stepsTotal;
    }

    public String progressText() {
        return stepsTotal == 0
                ? "No steps yet"
                : stepsDone + " of " + stepsTotal + (stepsTotal == 1 ? " step" : " steps");
    }
}
