package dev.waypoint.checkins;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Forgiving consistency: weeks checked in out of the last twelve. A paused week counts neither
 * way, and this week only counts once it is checked in (it isn't over yet). Weeks before the
 * start (when the person joined, or the mentorship or membership began) count neither: a
 * newcomer reads "1 of 1 week", never "0 of the last 11". A check-in from before the start
 * (imported, or shared before the mentorship) moves the start back to it.
 */
public record Consistency(int checkedIn, int outOf, int paused, boolean sinceStart, List<WeekState> weeks) {

    public static final int WINDOW = 12;

    public enum State {
        CHECKED_IN,
        PAUSED,
        MISSED,
        OPEN
    }

    public record WeekState(Week week, State state) {

        public String css() {
            return state.name().toLowerCase().replace('_', '-');
        }

        public String describe() {
            return switch (state) {
                case CHECKED_IN -> week.label() + ": checked in";
                case PAUSED -> week.label() + ": paused";
                case MISSED -> week.label() + ": no check-in";
                case OPEN -> week.label() + ": this week, still open";
            };
        }
    }

    /** The state of each of up to {@code count} weeks ending with {@code current}, none before the start. */
    public static List<WeekState> weeks(
            Week current, int count, Week start, List<CheckIn> checkIns, List<WeekPause> pauses) {
        return weeks(current, count, start, submittedWeeks(checkIns), pausedWeeks(pauses));
    }

    private static List<WeekState> weeks(Week current, int count, Week start, Set<Week> done, Set<Week> off) {
        Week first = done.stream()
                .filter(week -> week.compareTo(start) < 0)
                .min(Week::compareTo)
                .orElse(start);
        List<WeekState> states = new ArrayList<>(count);
        for (int back = count - 1; back >= 0; back--) {
            Week week = current.minusWeeks(back);
            if (week.compareTo(first) < 0) {
                continue;
            }
            State state = done.contains(week)
                    ? State.CHECKED_IN
                    : off.contains(week) ? State.PAUSED : week.equals(current) ? State.OPEN : State.MISSED;
            states.add(new WeekState(week, state));
        }
        return states;
    }

    public static Consistency of(Week current, Week start, List<CheckIn> checkIns, List<WeekPause> pauses) {
        return ofWeeks(current, start, submittedWeeks(checkIns), pauses);
    }

    /** The same over the last {@code count} weeks rather than twelve (the read API lets a script choose). */
    public static Consistency over(
            int count, Week current, Week start, List<CheckIn> checkIns, List<WeekPause> pauses) {
        return counted(weeks(current, count, start, checkIns, pauses), count);
    }

    /** The same from the weeks with a submitted check-in, for pages that load no whole check-ins. */
    public static Consistency ofWeeks(Week current, Week start, Set<Week> checkedIn, List<WeekPause> pauses) {
        return ofWeeks(current, start, checkedIn, pausedWeeks(pauses));
    }

    /** The same from the weeks checked in and the weeks paused. */
    public static Consistency ofWeeks(Week current, Week start, Set<Week> checkedIn, Set<Week> pausedWeeks) {
        return counted(weeks(current, WINDOW, start, checkedIn, pausedWeeks), WINDOW);
    }

    private static Consistency counted(List<WeekState> states, int window) {
        int checked = count(states, State.CHECKED_IN);
        int paused = count(states, State.PAUSED);
        int open = count(states, State.OPEN);
        return new Consistency(checked, states.size() - paused - open, paused, states.size() < window, states);
    }

    private static Set<Week> submittedWeeks(List<CheckIn> checkIns) {
        return checkIns.stream().filter(c -> c.submitted).map(CheckIn::week).collect(Collectors.toSet());
    }

    private static Set<Week> pausedWeeks(List<WeekPause> pauses) {
        return pauses.stream().map(p -> new Week(p.weekStart)).collect(Collectors.toSet());
    }

    private static int count(List<WeekState> states, State wanted) {
        return (int) states.stream().filter(s -> s.state() == wanted).count();
    }

    /** "8 of the last 11 weeks"; "1 of 1 week" since the start; "nothing to count yet" in the first week. */
    public String summary() {
        if (outOf == 0) {
            return "nothing to count yet";
        }
        String weeks = outOf == 1 ? " week" : " weeks";
        return checkedIn + (sinceStart ? " of " : " of the last ") + outOf + weeks;
    }
}
