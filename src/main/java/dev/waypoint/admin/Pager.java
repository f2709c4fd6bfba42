package dev.waypoint.admin;

/**
 * Which page of a long admin list shows ({@code page} of {@code pages}, 1-based, kept in range),
 * and the links to the pages beside it, which keep the list's own query ({@code base}).
 */
record Pager(int page, int pages, String base) {

    /** Rows on a page. */
    static final int SIZE = 25;

    static Pager of(long total, int requested, String base) {
        int pages = (int) Math.max(1, (total + SIZE - 1) / SIZE);
        return new Pager(Math.min(Math.max(requested, 1), pages), pages, base);
    }

    /** The first row of this page, for the query. */
    int firstResult() {
        return (page - 1) * SIZE;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public String previous() {
        return link(page - 1);
    }

    public String next() {
        return link(page + 1);
    }

    private String link(int number) {
        return base + (base.contains("?") ? "&" : "?") + "page=" + number;
    }
}
