package dev.waypoint.milestones;

import java.util.ArrayList;
import java.util.List;

/** A page of the timeline, with year and month headings where they change. */
public record Timeline(List<Entry> entries, String nextPageQuery, String lastMonth) {

    static final int PAGE_SIZE = 20;

    public record Entry(Milestone milestone, boolean newYear, boolean newMonth) {}

    /**
     * @param previousMonth the month of the last entry already on the page ("2024-03"), so a
     *     loaded page does not repeat its heading
     */
    static Timeline of(List<Milestone> page, String previousMonth, String filterQuery, int pageIndex) {
        List<Entry> entries = new ArrayList<>();
        String lastMonth = previousMonth == null ? "" : previousMonth;
        String lastYear = lastMonth.length() >= 4 ? lastMonth.substring(0, 4) : "";
        for (Milestone milestone : page) {
            String month = milestone.happenedOn.toString().substring(0, 7);
            String year = month.substring(0, 4);
            entries.add(new Entry(milestone, !year.equals(lastYear), !month.equals(lastMonth)));
            lastMonth = month;
            lastYear = year;
        }
        String next = page.size() < PAGE_SIZE ? null : filterQuery + "page=" + (pageIndex + 1) + "&after=" + lastMonth;
        return new Timeline(entries, next, lastMonth);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
