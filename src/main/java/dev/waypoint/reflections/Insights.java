package dev.waypoint.reflections;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Consistency;
import dev.waypoint.checkins.Week;
import dev.waypoint.checkins.WeekPause;
import dev.waypoint.goals.Category;
import dev.waypoint.goals.GoalProgress;
import dev.waypoint.goals.NorthStar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pictures on the insights page, as shapes with coordinates; the templates draw them as
 * SVG. Everything comes from a fixed handful of queries, however long the history.
 */
public record Insights(
        RegularityChart regularity,
        LineChart confidence,
        List<LineChart> northStars,
        List<Bar> meaningfulByCategory,
        List<Reflection> achievedNotMeaningful) {

    static final int WEEKS = 26;
    static final int TREND_WEEKS = 12;
    static final int WIDTH = 520;
    static final int HEIGHT = 120;

    public record Square(int x, Consistency.WeekState week) {}

    /** {@code sinceJoined}: the person is newer than the chart, which starts at their first week. */
    public record RegularityChart(List<Square> squares, String summary, boolean sinceJoined) {}

    public record Point(int x, int y, String label) {}

    public record LineChart(String title, List<Point> points, String summary, String firstLabel, String lastLabel) {

        public String polyline() {
            return points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        }

        public boolean isEmpty() {
            return points.isEmpty();
        }
    }

    public record Bar(String label, int width, String value, int row) {

        /** The label sits on its own line above the bar, so long category names fit. */
        public int labelY() {
            return row * 44 + 14;
        }

        public int barY() {
            return row * 44 + 20;
        }

        public int valueY() {
            return row * 44 + 33;
        }

        public int valueX() {
            return width + 8;
        }
    }

    public int meaningHeight() {
        return meaningfulByCategory.size() * 44 + 4;
    }

    /** {@code joined}: the person's first week in Waypoint, where the regularity chart starts at the earliest. */
    static Insights load(Long ownerId, ZoneId zone, Week current, Week joined) {
        Week since = current.minusWeeks(WEEKS - 1L);
        List<CheckIn> checkIns = CheckIn.since(ownerId, since);
        List<WeekPause> pauses = WeekPause.since(ownerId, since);
        List<Reflection> reflections = Reflection.ofOwner(ownerId);
        Week trendStart = current.minusWeeks(TREND_WEEKS - 1L);
        Instant trendFrom = trendStart.start().atStartOfDay(zone).toInstant();
        return new Insights(
                regularity(current, joined, checkIns, pauses),
                confidence(current, checkIns),
                northStarTrends(
                        NorthStar.ownedBy(ownerId), GoalProgress.forTrend(ownerId, trendFrom), trendStart, zone),
                meaningfulByCategory(reflections),
                reflections.stream()
                        .filter(r -> r.goal.isAchieved() && r.meaningful <= 2)
                        .toList());
    }

    static RegularityChart regularity(Week current, Week joined, List<CheckIn> checkIns, List<WeekPause> pauses) {
        List<Consistency.WeekState> weeks = Consistency.weeks(current, WEEKS, joined, checkIns, pauses);
        List<Square> squares = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            squares.add(new Square(i * 20, weeks.get(i)));
        }
        long done = weeks.stream()
                .filter(w -> w.state() == Consistency.State.CHECKED_IN)
                .count();
        long paused = weeks.stream()
                .filter(w -> w.state() == Consistency.State.PAUSED)
                .count();
        return new RegularityChart(
                squares,
                "Checked in " + done + (weeks.size() < WEEKS ? " of " : " of the last ") + weeks.size()
                        + (weeks.size() == 1 ? " week" : " weeks")
                        + (paused > 0 ? ", " + paused + " paused." : "."),
                weeks.size() < WEEKS);
    }

    static LineChart confidence(Week current, List<CheckIn> checkIns) {
        Week first = current.minusWeeks(WEEKS - 1L);
        List<Point> points = new ArrayList<>();
        for (CheckIn checkIn : checkIns) {
            if (checkIn.submitted && checkIn.confidence != null) {
                int index = (int) java.time.temporal.ChronoUnit.WEEKS.between(first.start(), checkIn.weekStart);
                points.add(new Point(
                        x(index, WEEKS),
                        y(checkIn.confidence - 1, 4),
                        checkIn.week().label() + ": " + checkIn.confidence + " of 5"));
            }
        }
        String summary = points.isEmpty()
                ? "No confidence scores yet: they come from your check-ins."
                : "Confidence in " + points.size() + (points.size() == 1 ? " check-in, from " : " check-ins, from ")
                        + points.get(0).label() + " to "
                        + points.get(points.size() - 1).label() + ".";
        return new LineChart("Confidence", points, summary, first.shortLabel(), current.shortLabel());
    }

    /** Per north star, each week's mean progress of its goals, as recorded at that week's end. */
    static List<LineChart> northStarTrends(
            List<NorthStar> stars, List<GoalProgress> snapshots, Week start, ZoneId zone) {
        List<LineChart> charts = new ArrayList<>();
        for (NorthStar star : stars) {
            List<GoalProgress> ofStar = snapshots.stream()
                    .filter(p -> p.goal.northStar != null && p.goal.northStar.id.equals(star.id))
                    .sorted(Comparator.comparing(p -> p.recordedAt))
                    .toList();
            List<Point> points = new ArrayList<>();
            Map<Long, Integer> latest = new HashMap<>();
            int next = 0;
            for (int i = 0; i < TREND_WEEKS; i++) {
                Week week = start.plusWeeks(i);
                Instant end = week.next().start().atStartOfDay(zone).toInstant();
                while (next < ofStar.size() && ofStar.get(next).recordedAt.isBefore(end)) {
                    latest.put(ofStar.get(next).goal.id, ofStar.get(next).percent);
                    next++;
                }
                if (!latest.isEmpty()) {
                    int mean = (int) latest.values().stream()
                            .mapToInt(Integer::intValue)
                            .average()
                            .orElse(0);
                    points.add(new Point(x(i, TREND_WEEKS), y(mean, 100), week.label() + ": " + mean + "%"));
                }
            }
            String summary = points.isEmpty()
                    ? "No progress recorded toward " + star.title + " yet."
                    : star.title + ": from " + points.get(0).label() + " to "
                            + points.get(points.size() - 1).label() + ".";
            charts.add(new LineChart(
                    star.title,
                    points,
                    summary,
                    start.shortLabel(),
                    start.plusWeeks(TREND_WEEKS - 1L).shortLabel()));
        }
        return charts;
    }

    static List<Bar> meaningfulByCategory(List<Reflection> reflections) {
        Map<Category, List<Integer>> scores = new LinkedHashMap<>();
        reflections.forEach(r ->
                scores.computeIfAbsent(r.goal.category, c -> new ArrayList<>()).add(r.meaningful));
        List<Map.Entry<Category, Double>> means = scores.entrySet().stream()
                .map(entry -> Map.entry(
                        entry.getKey(),
                        entry.getValue().stream()
                                .mapToInt(Integer::intValue)
                                .average()
                                .orElse(0)))
                .sorted(Map.Entry.<Category, Double>comparingByValue().reversed())
                .toList();
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<Category, Double> mean : means) {
            int count = scores.get(mean.getKey()).size();
            bars.add(new Bar(
                    mean.getKey().label(),
                    (int) Math.round(mean.getValue() / 5 * (WIDTH - 170)),
                    String.format(
                            java.util.Locale.ROOT,
                            "%.1f of 5 (%d %s)",
                            mean.getValue(),
                            count,
                            count == 1 ? "goal" : "goals"),
                    bars.size()));
        }
        return bars;
    }

    /**
     * One point a week for the weeks up to {@code last}, oldest first, scaled from 0 to {@code max};
     * each point's label reads "week: value unit".
     */
    public static LineChart weekly(String title, Week last, List<Long> values, long max, String unit, String summary) {
        Week first = last.minusWeeks(values.size() - 1L);
        List<Point> points = new ArrayList<>();
        for (int index = 0; index < values.size(); index++) {
            long value = values.get(index);
            points.add(new Point(
                    x(index, values.size()),
                    y((int) Math.min(value, Integer.MAX_VALUE), (int) Math.max(1, max)),
                    first.plusWeeks(index).label() + ": " + value + " " + unit));
        }
        return new LineChart(title, points, summary, first.shortLabel(), last.shortLabel());
    }

    private static int x(int index, int count) {
        return 30 + index * (WIDTH - 40) / Math.max(1, count - 1);
    }

    private static int y(int value, int max) {
        return 10 + (HEIGHT - 20) - value * (HEIGHT - 20) / max;
    }
}
