package dev.waypoint.checkins;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Forgiving consistency: weeks checked in out of the last twelve. A paused week counts neither
 * way, and this week only counts once it is checked in (it isn't over yet).
 */
public record Consistency(int checkedIn, int outOf, int paused, List<WeekState> weeks) {

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

    /** The state of each of {@code count} weeks ending with {@code current}. */
    public static List<WeekState> weeks(Week current, int count, List<CheckIn> checkIns, List<WeekPause> pauses) {
        return weeks(current, count, submittedWeeks(checkIns), pauses);
    }

    private static List<WeekState> weeks(Week current, int count, Set<Week> done, List<WeekPause> pauses) {
        Set<Week> off = pauses.stream().map(p -> new Week(p.weekStart)).collect(Collectors.toSet());
        List<WeekState> states = new ArrayList<>(count);
        for (int back = count - 1; back >= 0; back--) {
            Week week = current.minusWeeks(back);
            State state = done.contains(week)
                    ? State.CHECKED_IN
                    : off.contains(week) ? State.PAUSED : week.equals(current) ? State.OPEN : State.MISSED;
            states.add(new WeekState(week, state));
        }
        return states;
    }

    public static Consistency of(Week current, List<CheckIn> checkIns, List<WeekPause> pauses) {
        return ofWeeks(current, submittedWeeks(checkIns), pauses);
    }

    /** The same from the weeks with a submitted check-in, for pages that load no whole check-ins. */
    public static Consistency ofWeeks(Week current, Set<Week> checkedIn, List<WeekPause> pauses) {
        List<WeekState> states = weeks(current, WINDOW, checkedIn, pauses);
        int checked = count(states, State.CHECKED_IN);
        int paused = count(states, State.PAUSED);
        int open = count(states, State.OPEN);
        return new Consistency(checked, WINDOW - paused - open, paused, states);
    }

    private static Set<Week> submittedWeeks(List<CheckIn> checkIns) {
        return checkIns.stream().filter(c -> c.submitted).map(CheckIn::week).collect(Collectors.toSet());
    }

    private static int count(List<WeekState> states, State wanted) {
        return (int) states.stream().filter(s -> s.state() == wanted).count();
    }

    /** "8 of the last 11 weeks". */
    public String summary() {
        return checkedIn + " of the last " + outOf + (outOf == 1 ? " week" : " weeks");
    }
}
