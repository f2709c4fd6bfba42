package dev.waypoint.checkins;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Consistency as the read API gives it: the counts, the sentence the pages show, and each week. */
@Schema(name = "Consistency")
public record ConsistencyView(
        @Schema(example = "8") int checkedIn,

        @Schema(description = "Weeks that count: paused weeks and this week, until checked in, do not.", example = "11")
        int outOf,

        @Schema(example = "1") int paused,
        @Schema(example = "8 of the last 11 weeks") String summary,

        @Schema(description = "Oldest first; none before the person (or the mentorship) started.")
        List<WeekView> weeks) {

    @Schema(name = "ConsistencyWeek")
    public record WeekView(
            @Schema(example = "2026-W49") String week,
            @Schema(example = "2026-11-30") LocalDate weekStart,
            @Schema(example = "CHECKED_IN") Consistency.State state) {}

    public static ConsistencyView of(Consistency consistency) {
        return new ConsistencyView(
                consistency.checkedIn(),
                consistency.outOf(),
                consistency.paused(),
                consistency.summary(),
                consistency.weeks().stream()
                        .map(w -> new WeekView(w.week().id(), w.week().start(), w.state()))
                        .toList());
    }
}
