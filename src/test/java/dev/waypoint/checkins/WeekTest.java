package dev.waypoint.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WeekTest {

    @Test
    void theLastDaysOf2026BelongToIsoWeek53AndTheFirstDaysOf2027Too() {
        Week week = Week.containing(LocalDate.of(2026, 12, 31));

        assertThat(week.id()).isEqualTo("2026-W53");
        assertThat(week.start()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(Week.containing(LocalDate.of(2027, 1, 3))).isEqualTo(week);
        assertThat(week.next().id()).isEqualTo("2027-W01");
        assertThat(Week.parse("2026-W53")).contains(week);
    }

    @Test
    void weeksTurnAtMidnightWhereThePersonLives() {
        // Sunday 3 January 2027, 23:30 in UTC is already Monday 4 January in Auckland.
        Clock clock = Clock.fixed(Instant.parse("2027-01-03T23:30:00Z"), ZoneOffset.UTC);

        assertThat(Week.current(clock, ZoneOffset.UTC).id()).isEqualTo("2026-W53");
        assertThat(Week.current(clock, ZoneId.of("Pacific/Auckland")).id()).isEqualTo("2027-W01");
        assertThat(Week.current(clock, ZoneId.of("America/Los_Angeles")).id()).isEqualTo("2026-W53");
    }

    @Test
    void aMondayMinuteAfterMidnightStartsTheNewWeek() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Clock beforeMidnight = Clock.fixed(Instant.parse("2026-11-29T22:59:00Z"), ZoneOffset.UTC);
        Clock afterMidnight = Clock.fixed(Instant.parse("2026-11-29T23:01:00Z"), ZoneOffset.UTC);

        assertThat(Week.current(beforeMidnight, berlin).id()).isEqualTo("2026-W48");
        assertThat(Week.current(afterMidnight, berlin).id()).isEqualTo("2026-W49");
    }

    @Test
    void onlyRealWeeksParse() {
        assertThat(Week.parse("2025-W53")).isEmpty();
        assertThat(Week.parse("2026-W00")).isEmpty();
        assertThat(Week.parse("2026-W54")).isEmpty();
        assertThat(Week.parse("next week")).isEmpty();
        assertThat(Week.parse(null)).isEmpty();
        assertThat(Week.parse("2020-W53").map(Week::start)).contains(LocalDate.of(2020, 12, 28));
    }

    @Test
    void consistencyLeavesPausedWeeksAndTheOpenWeekOutOfTheCount() {
        Week current = Week.containing(LocalDate.of(2026, 11, 25));
        CheckIn lastWeek = checkIn(current.previous());
        CheckIn twoBack = checkIn(current.minusWeeks(2));
        WeekPause paused = new WeekPause();
        paused.weekStart = current.minusWeeks(3).start();

        Consistency consistency = Consistency.of(
                current, current.minusWeeks(40), java.util.List.of(lastWeek, twoBack), java.util.List.of(paused));

        assertThat(consistency.checkedIn()).isEqualTo(2);
        assertThat(consistency.paused()).isEqualTo(1);
        assertThat(consistency.outOf()).isEqualTo(10);
        assertThat(consistency.summary()).isEqualTo("2 of the last 10 weeks");
    }

    @Test
    void aNewcomerCountsFromTheWeekTheyJoined() {
        Week current = Week.containing(LocalDate.of(2026, 11, 25));
        java.util.List<WeekPause> noPauses = java.util.List.of();

        assertThat(Consistency.of(current, current, java.util.List.of(), noPauses)
                        .summary())
                .isEqualTo("nothing to count yet");
        assertThat(Consistency.of(current, current, java.util.List.of(checkIn(current)), noPauses)
                        .summary())
                .isEqualTo("1 of 1 week");
        Consistency threeWeeksIn = Consistency.of(
                current, current.minusWeeks(3), java.util.List.of(checkIn(current.previous())), noPauses);
        assertThat(threeWeeksIn.summary()).isEqualTo("1 of 3 weeks");
        assertThat(threeWeeksIn.weeks())
                .extracting(Consistency.WeekState::week)
                .first()
                .isEqualTo(current.minusWeeks(3));
    }

    @Test
    void aCheckInFromBeforeTheStartMovesTheStartBack() {
        Week current = Week.containing(LocalDate.of(2026, 11, 25));
        Consistency imported = Consistency.of(
                current, current, java.util.List.of(checkIn(current.minusWeeks(4))), java.util.List.of());

        assertThat(imported.summary()).isEqualTo("1 of 4 weeks");
    }

    private static CheckIn checkIn(Week week) {
        CheckIn checkIn = new CheckIn();
        checkIn.weekStart = week.start();
        checkIn.submitted = true;
        return checkIn;
    }
}
