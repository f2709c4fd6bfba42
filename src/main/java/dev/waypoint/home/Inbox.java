package dev.waypoint.home;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.circles.Audience;
import dev.waypoint.meetings.Meeting;
import dev.waypoint.notifications.Notice;
import dev.waypoint.people.Person;
import dev.waypoint.teams.TeamShare;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page of a person's inbox, newest first. What each entry is about is read now, through the
 * audience rule, so an item its reader may no longer see shows without its title and opens
 * nothing. One statement for the entries, then one for each kind of item among them.
 */
public record Inbox(List<Entry> entries, Long olderThan) {

    static final Inbox NOTHING = new Inbox(List.of(), null);

    /** One entry as its reader sees it; {@code what} and {@code href} are null once it is no longer theirs to see. */
    public record Entry(Long id, Notice.Kind kind, String who, Instant at, boolean unread, String what, String href) {

        /** The day it happened, in the reader's zone: "7 Dec 2026". */
        public String day(ZoneId zone) {
            return dev.waypoint.web.Dates.pretty(LocalDate.ofInstant(at, zone));
        }

        /** The time of day it happened, in the reader's zone: "16:05". */
        public String time(ZoneId zone) {
            return at.atZone(zone).toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
        }

        public boolean shown() {
            return href != null;
        }

        /** "Bob commented on your goal “Speak at a meetup”". */
        public String sentence() {
            return switch (kind) {
                case COMMENT -> who + " commented on " + what;
                case CHEER -> who + " cheered " + what;
                case READ -> who + " read " + what;
                case REPLY -> who + " replied on " + what;
                case INVITATION_ACCEPTED -> who + " accepted your invitation: " + what;
                case CHECK_IN_SHARED -> who + " shared " + what;
                case GOAL_SHARED_WITH_TEAM -> who + " shared " + what + " with your team";
                case TEAM_STEP_ASSIGNED -> who + " gave you a step of " + what;
                case SESSION_PLANNED -> who + " planned a session: " + what;
                case SESSION_MOVED -> who + " moved a session to " + what;
                case SESSION_CANCELLED -> who + " cancelled the session of " + what;
                case ACTION_GIVEN -> who + " gave you an action in the session of " + what;
                case CALENDAR_FEED_MADE -> "A new calendar feed link was made for your account";
                case ACCESS_TOKEN_MADE -> "A new access token was made for your account";
                case SIGNED_OUT_EVERYWHERE -> "Your account was signed out on every device";
            };
        }

        /** What it says once its item is out of sight: who did what, without the item. */
        public String withheld() {
            return who + " · no longer shared with you";
        }
    }

    /** Entries of one day, in the reader's zone. */
    public record Day(String label, List<Entry> entries) {}

    /** What an item is called and where it lives, for its reader. */
    private record Item(String what, String href) {}

    /** The newest entries (older than an entry's id, for the next page); {@code unreadOnly} for the dashboard. */
    static Inbox of(Person reader, Long before, int size, boolean unreadOnly) {
        List<Object[]> rows = Notice.getEntityManager()
                .createQuery(
                        "select n, a.displayName from Notice n left join Person a on a.id = n.actorId"
                                + " where n.personId = :reader and n.id < :before"
                                + (unreadOnly ? " and n.readAt is null" : "")
                                + " order by n.id desc",
                        Object[].class)
                .setParameter("reader", reader.id)
                .setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(size + 1)
                .getResultList();
        List<Entry> entries = entries(reader, rows.subList(0, Math.min(size, rows.size())));
        Long olderThan = rows.size() > size ? entries.get(entries.size() - 1).id() : null;
        return new Inbox(entries, olderThan);
    }

    /** The entries of these rows (a notice and its actor's name), each item read for the reader now. */
    static List<Entry> entries(Person reader, List<Object[]> page) {
        Map<Notice.Subject, List<Long>> wanted = new EnumMap<>(Notice.Subject.class);
        for (Object[] row : page) {
            Notice notice = (Notice) row[0];
            if (notice.subjectId != null) {
                wanted.computeIfAbsent(notice.subject, s -> new ArrayList<>()).add(notice.subjectId);
            }
        }
        Map<Notice.Subject, Map<Long, Item>> items = new EnumMap<>(Notice.Subject.class);
        wanted.forEach((subject, ids) -> items.put(subject, resolve(subject, ids, reader)));
        return page.stream()
                .map(row -> {
                    Notice notice = (Notice) row[0];
                    Item item = notice.subject == Notice.Subject.ACCOUNT
                            ? new Item("your account", "/profile")
                            : items.getOrDefault(notice.subject, Map.of()).get(notice.subjectId);
                    String who = row[1] == null ? "Someone who has left Waypoint" : (String) row[1];
                    return new Entry(
                            notice.id,
                            notice.kind,
                            who,
                            notice.createdAt,
                            notice.readAt == null,
                            item == null ? null : item.what(),
                            item == null ? null : item.href());
                })
                .toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries by day, newest first, as the reader's calendar has them. */
    public List<Day> days(ZoneId zone, LocalDate today) {
        Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
        entries.forEach(entry -> byDay.computeIfAbsent(LocalDate.ofInstant(entry.at(), zone), d -> new ArrayList<>())
                .add(entry));
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, list) -> days.add(new Day(label(day, today), list)));
        return days;
    }

    private static String label(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return day.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH))
                + (day.getYear() == today.getYear() ? "" : " " + day.getYear());
    }

    /** The items of one kind among the entries that the reader may still see, by id. */
    private static Map<Long, Item> resolve(Notice.Subject subject, List<Long> ids, Person reader) {
        Map<Long, Item> found = new HashMap<>();
        switch (subject) {
            case GOAL -> {
                Audience.Condition visible = Audience.visibleTo("g", TeamShare.Item.GOAL, reader.id);
                for (Object[] row : rows(
                        "select g.id, g.title, g.owner.id from Goal g where g.id in :ids and " + visible.jpql(),
                        visible.parameters(),
                        ids)) {
                    String title = "“" + row[1] + "”";
                    found.put(
                            (Long) row[0],
                            new Item(reader.id.equals(row[2]) ? "your goal " + title : title, "/goals/" + row[0]));
                }
            }
            case CHECK_IN -> {
                Audience.Condition visible = Audience.visibleTo("c", TeamShare.Item.CHECK_IN, reader.id);
                for (Object[] row : rows(
                        "select c.id, c.weekStart, c.owner.id, (select count(ms.id) from Mentorship ms"
                                + " where ms.mentor.id = :reader and ms.mentee.id = c.owner.id and ms.endedAt is null"
                                + " and c.sharedWithMentors = true), (select min(ts.team.id) from TeamShare ts,"
                                + " Membership mb, Membership own where ts.itemType = 'CHECK_IN' and ts.itemId = c.id"
                                + " and ts.team.archivedAt is null and mb.team.id = ts.team.id and mb.person.id = :reader"
                                + " and mb.leftAt is null and own.team.id = ts.team.id and own.person.id = c.owner.id"
                                + " and own.leftAt is null), c.roadblocks"
                                + " from CheckIn c where c.id in :ids and c.submitted = true and " + visible.jpql(),
                        with(visible, reader),
                        ids)) {
                    Week week = Week.containing((LocalDate) row[1]);
                    boolean mine = reader.id.equals(row[2]);
                    // Someone else's roadblock says so: it is what a mentor or team mate may want to answer.
                    boolean roadblock = !mine && !CheckIn.lines((String) row[5]).isEmpty();
                    String what = (mine ? "your check-in for " : "their check-in for ")
                            + week.label()
                            + (roadblock ? ", with a roadblock" : "");
                    // Her own page, else the mentor's page when he mentors her, else a team's that both are in.
                    String href = mine
                            ? "/check-ins/" + week.id()
                            : ((Long) row[3]) > 0
                                    ? "/mentoring/mentees/" + row[2] + "/check-ins/" + week.id()
                                    : "/teams/" + row[4] + "/check-ins/" + row[0];
                    found.put((Long) row[0], new Item(what, href));
                }
            }
            case MILESTONE -> {
                Audience.Condition visible = Audience.visibleTo("m", null, reader.id);
                for (Object[] row : rows(
                        "select m.id, m.title, m.owner.id from Milestone m where m.id in :ids and " + visible.jpql(),
                        visible.parameters(),
                        ids)) {
                    String title = "“" + row[1] + "”";
                    found.put(
                            (Long) row[0],
                            new Item(
                                    reader.id.equals(row[2]) ? "your milestone " + title : "the milestone " + title,
                                    "/milestones/" + row[0]));
                }
            }
            case TEAM_GOAL -> {
                Audience.Condition members = Audience.ofTeamMembers("t", reader.id);
                for (Object[] row : rows(
                        "select g.id, g.title, t.id from TeamGoal g join g.team t where g.id in :ids"
                                + " and g.archivedAt is null and " + members.jpql(),
                        members.parameters(),
                        ids)) {
                    found.put((Long) row[0], new Item("the team goal “" + row[1] + "”", "/teams/" + row[2]));
                }
            }
            case MEETING -> {
                for (Object[] row : rows(
                        "select m, ms.id from Meeting m join m.mentorship ms where m.id in :ids"
                                + " and (ms.mentor.id = :reader or ms.mentee.id = :reader) and ms.endedAt is null"
                                + " and ms.mentor.active = true and ms.mentee.active = true",
                        Map.of("reader", reader.id),
                        ids)) {
                    Meeting meeting = (Meeting) row[0];
                    found.put(
                            meeting.id,
                            new Item(meeting.timeFor(reader), "/mentorships/" + row[1] + "/sessions/" + meeting.id));
                }
            }
            case MENTORSHIP -> {
                for (Object[] row : rows(
                        "select ms.id, ms.mentor.id from Mentorship ms where ms.id in :ids"
                                + " and (ms.mentor.id = :reader or ms.mentee.id = :reader) and ms.endedAt is null"
                                + " and ms.mentor.active = true and ms.mentee.active = true",
                        Map.of("reader", reader.id),
                        ids)) {
                    found.put(
                            (Long) row[0],
                            new Item(
                                    reader.id.equals(row[1]) ? "you now mentor them" : "they now mentor you",
                                    "/mentorships/" + row[0]));
                }
            }
            case TEAM -> {
                Audience.Condition members = Audience.ofTeamMembers("t", reader.id);
                for (Object[] row : rows(
                        "select t.id, t.name from Team t where t.id in :ids and " + members.jpql(),
                        members.parameters(),
                        ids)) {
                    found.put((Long) row[0], new Item("they joined " + row[1], "/teams/" + row[0]));
                }
            }
            case ACCOUNT -> {}
        }
        return found;
    }

    private static List<Object[]> rows(String jpql, Map<String, Object> parameters, List<Long> ids) {
        TypedQuery<Object[]> query =
                Notice.getEntityManager().createQuery(jpql, Object[].class).setParameter("ids", ids);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static Map<String, Object> with(Audience.Condition condition, Person reader) {
        Map<String, Object> parameters = new HashMap<>(condition.parameters());
        parameters.put("reader", reader.id);
        return parameters;
    }
}
