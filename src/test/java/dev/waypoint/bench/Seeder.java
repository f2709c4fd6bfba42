package dev.waypoint.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Builds a deterministic company-sized Waypoint into an empty database (H2 or PostgreSQL): many
 * people with goals, steps, years of weekly check-ins, milestones, mentorships and teams, with
 * the personas at its centre. Alice has 60 goals, five years of check-ins and 100 milestones;
 * Bob mentors 30 people; Carol leads a team of 50 who each share 10 goals. The same arguments
 * always build the same rows. Not a test: the benchmark (scripts/benchmark.sh) and the
 * query-plan test use it.
 *
 * <pre>Seeder --jdbc-url URL [--user U] [--password P] [--people 10000] [--subjects dev|keycloak]</pre>
 */
public final class Seeder {

    /** The personas and the subject each provider gives them (see scripts/keycloak). */
    static final List<String> PERSONAS = List.of("alice", "bob", "carol", "dave", "erin", "mallory");

    static final long ALICE = 1;
    static final long BOB = 2;
    static final long CAROL = 3;
    static final long DAVE = 4;
    static final long ERIN = 5;

    private static final String[] CATEGORIES = {
        "TECHNICAL", "JOB", "ENTREPRENEURSHIP", "PRODUCT", "PEOPLE_AND_LEADERSHIP", "COMMUNICATION_AND_COMMUNITY"
    };
    private static final String[] KINDS = {"CERTIFICATION", "ROLE", "SHIPPED", "TALK", "LEARNING", "OTHER"};
    private static final int BATCH = 2_000;

    /** How big the instance is; everything else follows from the number of people. */
    public record Sizes(int people, int goalsEach, int stepsEach, int weeksEach, int teamSize) {
        public static Sizes company(int people) {
            return new Sizes(people, 20, 4, 100, 10);
        }
    }

    private final Connection db;
    private final Sizes sizes;
    private final String issuer;
    private final Map<String, String> subjects;
    private final Random random = new Random(20261201L);
    private final Instant now;
    private final LocalDate thisMonday;
    private final Map<String, Long> nextIds = new LinkedHashMap<>();
    /** Each mentorship as {id, mentor, mentee}. */
    private final List<long[]> seededMentorships = new ArrayList<>();
    /** Each team as {id, lead, member, member, ...}. */
    private final List<long[]> seededTeams = new ArrayList<>();

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<PreparedStatement> waiting = new ArrayList<>();
    private int sinceFlush;

    Seeder(Connection db, Sizes sizes, String issuer, Map<String, String> subjects, Instant now) {
        this.db = db;
        this.sizes = sizes;
        this.issuer = issuer;
        this.subjects = subjects;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.thisMonday =
                LocalDate.ofInstant(now, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("jdbc-url", "jdbc:h2:file:./target/bench/waypoint");
        int people = Integer.parseInt(options.getOrDefault("people", "10000"));
        boolean keycloak = "keycloak".equals(options.getOrDefault("subjects", "dev"));
        String issuer = options.getOrDefault(
                "issuer", keycloak ? "http://127.0.0.1:8180/realms/waypoint" : "waypoint-dev-provider");
        long started = System.nanoTime();
        Map<String, Integer> rows = seed(
                url,
                options.get("user"),
                options.get("password"),
                Sizes.company(people),
                issuer,
                keycloak ? keycloakSubjects() : devSubjects(),
                Instant.now());
        System.out.printf("Seeded %s in %.1f s: %s%n", url, (System.nanoTime() - started) / 1e9, rows);
    }

    /** Migrates the empty database, fills it, and says how many rows each table got. */
    public static Map<String, Integer> seed(
            String url,
            String user,
            String password,
            Sizes sizes,
            String issuer,
            Map<String, String> subjects,
            Instant now)
            throws SQLException {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            Seeder seeder = new Seeder(db, sizes, issuer, subjects, now);
            seeder.fill();
            db.commit();
            return seeder.counts;
        }
    }

    public static Map<String, String> devSubjects() {
        Map<String, String> subjects = new LinkedHashMap<>();
        PERSONAS.forEach(name -> subjects.put(name, name));
        return subjects;
    }

    /** The fixed user ids of scripts/keycloak/waypoint-realm.json. */
    public static Map<String, String> keycloakSubjects() {
        Map<String, String> subjects = new LinkedHashMap<>();
        for (int i = 0; i < PERSONAS.size(); i++) {
            subjects.put(PERSONAS.get(i), "00000000-0000-4000-8000-00000000000" + (i + 1));
        }
        return subjects;
    }

    private void fill() throws SQLException {
        people();
        Set<Long> mentees = mentorships();
        teams();
        for (long person = 1; person <= sizes.people(); person++) {
            if (person == ALICE) {
                life(person, 60, 260, 100, true);
            } else if (person != 6) { // Mallory stays empty, so every empty state stays visible.
                life(person, sizes.goalsEach(), sizes.weeksEach(), 5, mentees.contains(person));
            }
        }
        shareWithTeams();
        inboxOfAlice();
        flushAll();
        agreements();
        countUnread();
        sessions();
        restartIdentities();
    }

    // ---- people, mentorships, teams -------------------------------------------------------

    private void people() throws SQLException {
        Timestamp joined = ts(now.minus(2000, ChronoUnit.DAYS));
        try (PreparedStatement insert = db.prepareStatement(
                "insert into person (id, issuer, subject, name, email, display_name, time_zone, check_in_day,"
                        + " email_reminders, active, created_at, version, share_check_ins)"
                        + " values (?, ?, ?, ?, ?, ?, 'Europe/Berlin', 'FRIDAY', false, true, ?, 0, true)")) {
            for (long id = 1; id <= sizes.people(); id++) {
                String login = id <= PERSONAS.size() ? PERSONAS.get((int) id - 1) : "person" + id;
                String subject = id <= PERSONAS.size() ? subjects.get(login) : "seeded-" + id;
                String name = Character.toUpperCase(login.charAt(0)) + login.substring(1);
                insert.setLong(1, id);
                insert.setString(2, issuer);
                insert.setString(3, subject);
                insert.setString(4, name);
                insert.setString(5, login + "@example.test");
                insert.setString(6, name);
                insert.setTimestamp(7, joined);
                add(insert, "person");
            }
            flush(insert);
        }
        nextIds.put("person", (long) sizes.people() + 1);
        // Last week's reminder, sent: an instance's outbox is never empty for long.
        Timestamp lastWeek = ts(now.minus(7, ChronoUnit.DAYS));
        try (PreparedStatement sent = db.prepareStatement("insert into outbox_mail (id, person_id, kind, topic, state,"
                + " due_at, attempts, created_at, sent_at) values (?, ?, 'CHECK_IN_REMINDER', 'CHECK_IN_REMINDER',"
                + " 'SENT', ?, 1, ?, ?)")) {
            for (long id = 1; id <= sizes.people(); id++) {
                sent.setLong(1, nextId("outbox_mail"));
                sent.setLong(2, id);
                sent.setTimestamp(3, lastWeek);
                sent.setTimestamp(4, lastWeek);
                sent.setTimestamp(5, lastWeek);
                add(sent, "outbox_mail");
            }
            flush(sent);
        }
    }

    /**
     * Bob mentors Alice and 29 others, who share with him; every third person after them has a
     * neighbour as mentor. Returns everyone who shares with a mentor.
     */
    private Set<Long> mentorships() throws SQLException {
        List<long[]> pairs = new ArrayList<>();
        pairs.add(new long[] {BOB, ALICE});
        for (long mentee = 7; mentee < 7 + 29 && mentee <= sizes.people(); mentee++) {
            pairs.add(new long[] {BOB, mentee});
        }
        List<long[]> all = new ArrayList<>(pairs);
        for (long mentee = 7 + 29; mentee <= sizes.people(); mentee += 3) {
            all.add(new long[] {mentee - 1, mentee});
        }
        try (PreparedStatement insert = db.prepareStatement(
                "insert into mentorship (id, mentor_id, mentee_id, started_at, is_active) values (?, ?, ?, ?, true)")) {
            for (long[] pair : all) {
                long id = nextId("mentorship");
                seededMentorships.add(new long[] {id, pair[0], pair[1]});
                insert.setLong(1, id);
                insert.setLong(2, pair[0]);
                insert.setLong(3, pair[1]);
                insert.setTimestamp(4, ts(now.minus(400, ChronoUnit.DAYS)));
                add(insert, "mentorship");
            }
            flush(insert);
        }
        try (Statement mentors = db.createStatement()) {
            mentors.executeUpdate("update person set mentoring = true where id in"
                    + " (select mentor_id from mentorship where ended_at is null)");
        }
        Set<Long> mentees = new HashSet<>();
        all.forEach(pair -> mentees.add(pair[1]));
        return mentees;
    }

    /**
     * Every mentorship met every two weeks since it began and meets again next week: each session
     * with two shared points (covered), a private one of the mentor's, notes, the mentor's private
     * note once held, and an action of the mentee's (done).
     */
    private void sessions() throws SQLException {
        try (PreparedStatement meeting = db.prepareStatement("insert into meeting (id, mentorship_id, planned_by,"
                        + " starts_at, zone, minutes, place, repeat_weeks, status, sequence, shared_notes,"
                        + " notes_version, created_at, version)"
                        + " values (?, ?, ?, ?, 'Europe/Berlin', 45, 'Video call', 2, ?, 0, ?, 1, ?, 0)");
                PreparedStatement point = db.prepareStatement("insert into talking_point (id, meeting_id, author_id,"
                        + " body, shared, position, covered_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement action = db.prepareStatement("insert into action_item (id, meeting_id, owner_id,"
                        + " author_id, body, done_at, created_at) values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement note = db.prepareStatement("insert into meeting_note (id, meeting_id, author_id,"
                        + " body, version) values (?, ?, ?, ?, 0)")) {
            for (long[] mentorship : seededMentorships) {
                for (int weeksAgo = 56; weeksAgo >= -1; weeksAgo -= 2) {
                    Instant start = now.minus(7L * weeksAgo, ChronoUnit.DAYS);
                    boolean held = weeksAgo > 0;
                    long id = nextId("meeting");
                    meeting.setLong(1, id);
                    meeting.setLong(2, mentorship[0]);
                    meeting.setLong(3, mentorship[1]);
                    meeting.setTimestamp(4, ts(start));
                    meeting.setString(5, held ? "HELD" : "PLANNED");
                    meeting.setString(6, held ? "We talked about the next step." : null);
                    meeting.setTimestamp(7, ts(start.minus(7, ChronoUnit.DAYS)));
                    add(meeting, "meeting");
                    for (int position = 0; position < 3; position++) {
                        point.setLong(1, nextId("talking_point"));
                        point.setLong(2, id);
                        point.setLong(3, position == 1 ? mentorship[2] : mentorship[1]);
                        point.setString(4, "Point " + position + " of session " + id);
                        point.setBoolean(5, position < 2);
                        point.setInt(6, position);
                        point.setTimestamp(7, held && position < 2 ? ts(start) : null);
                        point.setTimestamp(8, ts(start.minus(1, ChronoUnit.DAYS)));
                        add(point, "talking_point");
                    }
                    action.setLong(1, nextId("action_item"));
                    action.setLong(2, id);
                    action.setLong(3, mentorship[2]);
                    action.setLong(4, mentorship[1]);
                    action.setString(5, "Try one thing from session " + id);
                    action.setTimestamp(6, held ? ts(start.plus(3, ChronoUnit.DAYS)) : null);
                    action.setTimestamp(7, ts(start));
                    add(action, "action_item");
                    if (held) {
                        note.setLong(1, nextId("meeting_note"));
                        note.setLong(2, id);
                        note.setLong(3, mentorship[1]);
                        note.setString(4, "Private: follow up on session " + id);
                        add(note, "meeting_note");
                    }
                }
            }
            flush(meeting);
            flush(point);
            flush(action);
            flush(note);
        }
    }

    /** Carol leads a team of 50 (Alice and Dave among them); everyone else is in a team of ten. */
    private void teams() throws SQLException {
        try (PreparedStatement team = db.prepareStatement(
                        "insert into team (id, name, purpose, created_at, version) values (?, ?, ?, ?, 0)");
                PreparedStatement member = db.prepareStatement(
                        "insert into membership (id, team_id, person_id, role, joined_at, is_current)"
                                + " values (?, ?, ?, ?, ?, true)")) {
            long platform = nextId("team");
            team.setLong(1, platform);
            team.setString(2, "Platform");
            team.setString(3, "Ship calmly, grow together");
            team.setTimestamp(4, ts(now.minus(500, ChronoUnit.DAYS)));
            add(team, "team");
            List<Long> members = new ArrayList<>(List.of(CAROL, ALICE, DAVE));
            for (long id = 7; members.size() < 50 && id <= sizes.people(); id++) {
                members.add(id);
            }
            for (Long person : members) {
                member(member, platform, person, person == CAROL ? "LEAD" : "MEMBER");
            }
            seededTeams.add(teamOf(platform, members));
            long first = 7 + 47;
            for (long start = first; start <= sizes.people(); start += sizes.teamSize()) {
                long id = nextId("team");
                team.setLong(1, id);
                team.setString(2, "Team " + id);
                team.setString(3, null);
                team.setTimestamp(4, ts(now.minus(300, ChronoUnit.DAYS)));
                add(team, "team");
                List<Long> people = new ArrayList<>();
                for (long person = start; person < start + sizes.teamSize() && person <= sizes.people(); person++) {
                    member(member, id, person, person == start ? "LEAD" : "MEMBER");
                    people.add(person);
                }
                seededTeams.add(teamOf(id, people));
            }
            flush(team);
            flush(member);
        }
    }

    /** A team as {id, lead, member, member, ...}: the lead is the first of {@code members}. */
    private static long[] teamOf(long id, List<Long> members) {
        long[] team = new long[members.size() + 1];
        team[0] = id;
        for (int i = 0; i < members.size(); i++) {
            team[i + 1] = members.get(i);
        }
        return team;
    }

    /**
     * Each mentorship's agreement, confirmed by both, naming the mentee's first goal and north star.
     */
    private void agreements() throws SQLException {
        try (PreparedStatement agreement = db.prepareStatement("insert into agreement (id, mentorship_id, focus,"
                        + " every_weeks, drafted_by, mentor_confirmed_at, mentee_confirmed_at, version)"
                        + " values (?, ?, 'Grow into the next role', 2, ?, ?, ?, 0)");
                PreparedStatement goal =
                        db.prepareStatement("insert into agreement_goal (agreement_id, goal_id) values (?, ?)");
                PreparedStatement northStar = db.prepareStatement(
                        "insert into agreement_north_star (agreement_id, north_star_id) values (?, ?)")) {
            Timestamp confirmed = ts(now.minus(390, ChronoUnit.DAYS));
            for (long[] mentorship : seededMentorships) {
                List<Long> goals = goalsOf.getOrDefault(mentorship[2], List.of());
                long[] northStars = northStarsOf.get(mentorship[2]);
                if (goals.isEmpty() || northStars == null) {
                    continue;
                }
                long id = nextId("agreement");
                agreement.setLong(1, id);
                agreement.setLong(2, mentorship[0]);
                agreement.setLong(3, mentorship[2]);
                agreement.setTimestamp(4, confirmed);
                agreement.setTimestamp(5, confirmed);
                add(agreement, "agreement");
                goal.setLong(1, id);
                goal.setLong(2, goals.get(0));
                add(goal, "agreement_goal");
                northStar.setLong(1, id);
                northStar.setLong(2, northStars[0]);
                add(northStar, "agreement_north_star");
            }
            flush(agreement);
            flush(goal);
            flush(northStar);
        }
    }

    private void member(PreparedStatement member, long team, long person, String role) throws SQLException {
        member.setLong(1, nextId("membership"));
        member.setLong(2, team);
        member.setLong(3, person);
        member.setString(4, role);
        member.setTimestamp(5, ts(now.minus(200, ChronoUnit.DAYS)));
        add(member, "membership");
    }

    // ---- one person's goals, check-ins and milestones -------------------------------------

    private PreparedStatement goalInsert;
    private PreparedStatement stepInsert;
    private PreparedStatement eventInsert;
    private PreparedStatement checkInInsert;
    private PreparedStatement milestoneInsert;
    private PreparedStatement northStarInsert;
    private PreparedStatement progressInsert;
    private PreparedStatement reflectionInsert;
    private PreparedStatement checkInNoteInsert;
    private final Map<Long, long[]> northStarsOf = new LinkedHashMap<>();
    private final Map<Long, List<Long>> goalsOf = new LinkedHashMap<>();
    private final Map<Long, List<Long>> checkInsOf = new LinkedHashMap<>();

    /**
     * Two north stars and their goals (each with a progress entry, a reflection once achieved), weekly
     * check-ins whose last twelve carry a note on the first goal, and milestones.
     */
    private void life(long person, int goals, int weeks, int milestones, boolean shared) throws SQLException {
        prepare();
        long[] northStars = {northStar(person, 1), northStar(person, 2)};
        northStarsOf.put(person, northStars);
        List<Long> ids = new ArrayList<>();
        for (int g = 0; g < goals; g++) {
            ids.add(goal(person, g, shared && g % 3 == 0, northStars[g % 2]));
        }
        goalsOf.put(person, ids);
        List<Long> checkIns = new ArrayList<>();
        for (int w = weeks; w >= 1; w--) {
            long checkIn = checkIn(person, thisMonday.minusWeeks(w), shared);
            checkIns.add(checkIn);
            if (w <= 12 && !ids.isEmpty()) {
                checkInNote(checkIn, ids.get(0), w);
            }
        }
        checkInsOf.put(person, checkIns);
        for (int m = 0; m < milestones; m++) {
            milestone(person, m, ids.get(m % ids.size()), shared && m % 2 == 0);
        }
    }

    private long northStar(long owner, int index) throws SQLException {
        long id = nextId("north_star");
        northStarInsert.setLong(1, id);
        northStarInsert.setLong(2, owner);
        northStarInsert.setString(3, "North star " + index + " of person " + owner);
        northStarInsert.setTimestamp(4, ts(now.minus(800L + index, ChronoUnit.DAYS)));
        add(northStarInsert, "north_star");
        return id;
    }

    private void checkInNote(long checkIn, long goal, int weeksAgo) throws SQLException {
        checkInNoteInsert.setLong(1, nextId("check_in_note"));
        checkInNoteInsert.setLong(2, checkIn);
        checkInNoteInsert.setLong(3, goal);
        checkInNoteInsert.setString(4, "Moved the first goal on, " + weeksAgo + " weeks ago");
        add(checkInNoteInsert, "check_in_note");
    }

    private long goal(long owner, int index, boolean shared, long northStar) throws SQLException {
        long id = nextId("goal");
        String status =
                index % 10 == 0 ? "ACHIEVED" : index % 10 == 1 ? "DROPPED" : index % 10 == 2 ? "PAUSED" : "ACTIVE";
        Instant created = now.minus(30 + random.nextInt(700), ChronoUnit.DAYS);
        int done = random.nextInt(sizes.stepsEach() + 1);
        goalInsert.setLong(1, id);
        goalInsert.setLong(2, owner);
        goalInsert.setString(3, "Goal " + (index + 1) + " of person " + owner);
        goalInsert.setString(4, CATEGORIES[index % CATEGORIES.length]);
        goalInsert.setDate(5, Date.valueOf(thisMonday.plusDays(random.nextInt(200) - 20)));
        goalInsert.setInt(6, sizes.stepsEach());
        goalInsert.setInt(7, done);
        goalInsert.setString(8, status);
        goalInsert.setTimestamp(9, ts(created));
        if ("ACHIEVED".equals(status)) {
            goalInsert.setTimestamp(10, ts(created.plus(20, ChronoUnit.DAYS)));
        } else {
            goalInsert.setNull(10, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        goalInsert.setBoolean(11, shared);
        goalInsert.setTimestamp(12, ts(created.plus(random.nextInt(25), ChronoUnit.DAYS)));
        goalInsert.setTimestamp(13, ts(created));
        goalInsert.setLong(14, northStar);
        add(goalInsert, "goal");
        progressInsert.setLong(1, nextId("goal_progress"));
        progressInsert.setLong(2, id);
        progressInsert.setTimestamp(3, ts(created.plus(1, ChronoUnit.DAYS)));
        progressInsert.setInt(4, done);
        progressInsert.setInt(5, sizes.stepsEach());
        progressInsert.setInt(6, 100 * done / sizes.stepsEach());
        add(progressInsert, "goal_progress");
        if ("ACHIEVED".equals(status)) {
            reflectionInsert.setLong(1, nextId("reflection"));
            reflectionInsert.setLong(2, id);
            reflectionInsert.setString(3, "Finishing mattered more than the plan");
            reflectionInsert.setTimestamp(4, ts(created.plus(21, ChronoUnit.DAYS)));
            add(reflectionInsert, "reflection");
        }
        for (int s = 0; s < sizes.stepsEach(); s++) {
            stepInsert.setLong(1, nextId("step"));
            stepInsert.setLong(2, id);
            stepInsert.setInt(3, s);
            stepInsert.setString(4, "Step " + (s + 1));
            if (s % 2 == 0) {
                stepInsert.setDate(5, Date.valueOf(thisMonday.plusDays(random.nextInt(60) - 10)));
            } else {
                stepInsert.setNull(5, Types.DATE);
            }
            if (s < done) {
                stepInsert.setTimestamp(6, ts(created.plus(s + 1, ChronoUnit.DAYS)));
            } else {
                stepInsert.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            add(stepInsert, "step");
        }
        eventInsert.setLong(1, nextId("goal_event"));
        eventInsert.setLong(2, id);
        eventInsert.setTimestamp(3, ts(created));
        add(eventInsert, "goal_event");
        return id;
    }

    private long checkIn(long owner, LocalDate weekStart, boolean shared) throws SQLException {
        long id = nextId("check_in");
        Instant submitted = weekStart.plusDays(4).atStartOfDay().toInstant(ZoneOffset.UTC);
        checkInInsert.setLong(1, id);
        checkInInsert.setLong(2, owner);
        checkInInsert.setDate(3, Date.valueOf(weekStart));
        checkInInsert.setString(4, "- Shipped a small thing in week " + weekStart);
        checkInInsert.setString(5, random.nextInt(4) == 0 ? "Too many meetings" : null);
        checkInInsert.setString(6, "- Keep going");
        checkInInsert.setInt(7, 1 + random.nextInt(5));
        checkInInsert.setBoolean(8, shared);
        checkInInsert.setTimestamp(9, ts(submitted));
        checkInInsert.setTimestamp(10, ts(submitted));
        add(checkInInsert, "check_in");
        return id;
    }

    private void milestone(long owner, int index, long goal, boolean shared) throws SQLException {
        milestoneInsert.setLong(1, nextId("milestone"));
        milestoneInsert.setLong(2, owner);
        milestoneInsert.setDate(3, Date.valueOf(thisMonday.minusDays(7L * index + 3)));
        milestoneInsert.setString(4, "Milestone " + (index + 1) + " of person " + owner);
        milestoneInsert.setString(5, KINDS[index % KINDS.length]);
        milestoneInsert.setLong(6, goal);
        milestoneInsert.setBoolean(7, shared);
        milestoneInsert.setTimestamp(8, ts(now.minus(7L * index, ChronoUnit.DAYS)));
        add(milestoneInsert, "milestone");
    }

    /** Five years of what reached Alice: her mentor's comments on her goals, most of them read. */
    private void inboxOfAlice() throws SQLException {
        List<Long> goals = goalsOf.getOrDefault(ALICE, List.of());
        try (PreparedStatement notice = db.prepareStatement(
                "insert into notice (id, person_id, kind, actor_id, subject, subject_id, created_at, read_at)"
                        + " values (?, ?, 'COMMENT', ?, 'GOAL', ?, ?, ?)")) {
            for (int n = 0; n < 1000 && !goals.isEmpty(); n++) {
                Timestamp at = ts(now.minus(2L * n, ChronoUnit.DAYS));
                notice.setLong(1, nextId("notice"));
                notice.setLong(2, ALICE);
                notice.setLong(3, BOB);
                notice.setLong(4, goals.get(n % goals.size()));
                notice.setTimestamp(5, at);
                notice.setTimestamp(6, n < 12 ? null : at);
                add(notice, "notice");
            }
            flush(notice);
        }
    }

    /** Each person's bell: the unread entries written above. */
    private void countUnread() throws SQLException {
        try (PreparedStatement count = db.prepareStatement(
                "update person set unread_notices = (select count(*) from notice n where n.person_id = person.id"
                        + " and n.read_at is null) where id in (select person_id from notice)")) {
            count.executeUpdate();
        }
    }

    /**
     * Carol's team: each member shares ten goals and their last twelve check-ins, and Carol cheers or
     * comments on each goal (Dave on hers). Every other team: each member shares two goals and their
     * last four check-ins, and the team's lead cheers or comments on each goal (a team mate on the
     * lead's). Every team has goals of its own.
     */
    private void shareWithTeams() throws SQLException {
        try (PreparedStatement share = db.prepareStatement(
                        "insert into team_share (id, team_id, item_type, item_id, owner_id) values (?, ?, ?, ?, ?)");
                PreparedStatement teamGoal = db.prepareStatement(
                        "insert into team_goal (id, team_id, title, category, board_column, steps_total, steps_done,"
                                + " created_at, version) values (?, ?, ?, 'TECHNICAL', ?, 2, 1, ?, 0)");
                PreparedStatement teamStep = db.prepareStatement(
                        "insert into team_goal_step (id, team_goal_id, position, title, assignee_id, done_at)"
                                + " values (?, ?, ?, ?, ?, ?)");
                PreparedStatement cheer = db.prepareStatement(
                        "insert into feedback (id, author_id, owner_id, item_type, item_id, kind, body, created_at)"
                                + " values (?, ?, ?, 'GOAL', ?, ?, ?, ?)");
                PreparedStatement notice = db.prepareStatement(
                        "insert into notice (id, person_id, kind, actor_id, subject, subject_id, created_at, read_at)"
                                + " values (?, ?, ?, ?, 'GOAL', ?, ?, ?)")) {
            for (long[] team : seededTeams) {
                boolean carols = team[0] == 1;
                long lead = team[1];
                for (int m = 1; m < team.length; m++) {
                    long person = team[m];
                    // The lead answers the members; Dave answers Carol, a team mate a lead. Nobody, alone in a team.
                    long author = person != lead ? lead : carols ? DAVE : team.length > 2 ? team[2] : 0;
                    List<Long> goals = goalsOf.getOrDefault(person, List.of());
                    for (int g = 0; g < Math.min(carols ? 10 : 2, goals.size()); g++) {
                        share(share, team[0], "GOAL", goals.get(g), person);
                        if (author == 0) {
                            continue;
                        }
                        cheer.setLong(1, nextId("feedback"));
                        cheer.setLong(2, author);
                        cheer.setLong(3, person);
                        cheer.setLong(4, goals.get(g));
                        cheer.setString(5, g % 2 == 0 ? "CHEER" : "COMMENT");
                        cheer.setString(6, g % 2 == 0 ? null : "Nice progress!");
                        cheer.setTimestamp(7, ts(now.minus(g, ChronoUnit.DAYS)));
                        add(cheer, "feedback");
                        // Each lands in the owner's inbox; the older half already read.
                        notice.setLong(1, nextId("notice"));
                        notice.setLong(2, person);
                        notice.setString(3, g % 2 == 0 ? "CHEER" : "COMMENT");
                        notice.setLong(4, author);
                        notice.setLong(5, goals.get(g));
                        notice.setTimestamp(6, ts(now.minus(g, ChronoUnit.DAYS)));
                        notice.setTimestamp(7, g < 5 ? null : ts(now.minus(g, ChronoUnit.DAYS)));
                        add(notice, "notice");
                    }
                    List<Long> checkIns = checkInsOf.getOrDefault(person, List.of());
                    for (int c = Math.max(0, checkIns.size() - (carols ? 12 : 4)); c < checkIns.size(); c++) {
                        share(share, team[0], "CHECK_IN", checkIns.get(c), person);
                    }
                }
            }
            // Eight team goals on Carol's board, four on every other team's, each with two steps.
            String[] columns = {"NOT_STARTED", "IN_PROGRESS", "AT_RISK", "ACHIEVED"};
            for (long[] team : seededTeams) {
                for (int t = 0; t < (team[0] == 1 ? 8 : 4); t++) {
                    long id = nextId("team_goal");
                    teamGoal.setLong(1, id);
                    teamGoal.setLong(2, team[0]);
                    teamGoal.setString(3, "Team goal " + (t + 1));
                    teamGoal.setString(4, columns[t % columns.length]);
                    teamGoal.setTimestamp(5, ts(now.minus(t, ChronoUnit.DAYS)));
                    add(teamGoal, "team_goal");
                    for (int position = 0; position < 2; position++) {
                        teamStep.setLong(1, nextId("team_goal_step"));
                        teamStep.setLong(2, id);
                        teamStep.setInt(3, position);
                        teamStep.setString(4, "Team step " + (position + 1));
                        teamStep.setLong(5, team[1 + (t + position) % (team.length - 1)]);
                        teamStep.setTimestamp(6, position == 0 ? ts(now.minus(t + 1, ChronoUnit.DAYS)) : null);
                        add(teamStep, "team_goal_step");
                    }
                }
            }
            flush(share);
            flush(teamGoal);
            flush(teamStep);
            flush(cheer);
            flush(notice);
        }
    }

    private void share(PreparedStatement share, long team, String type, long item, long owner) throws SQLException {
        share.setLong(1, nextId("team_share"));
        share.setLong(2, team);
        share.setString(3, type);
        share.setLong(4, item);
        share.setLong(5, owner);
        add(share, "team_share");
    }

    private void prepare() throws SQLException {
        if (goalInsert != null) {
            return;
        }
        goalInsert = db.prepareStatement("insert into goal (id, owner_id, title, category, target_date, steps_total,"
                + " steps_done, status, status_changed_at, achieved_at, shared_with_mentors, last_progress_at,"
                + " created_at, north_star_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        northStarInsert = db.prepareStatement(
                "insert into north_star (id, owner_id, title, created_at, version) values (?, ?, ?, ?, 0)");
        progressInsert = db.prepareStatement("insert into goal_progress (id, goal_id, recorded_at, steps_done,"
                + " steps_total, percent) values (?, ?, ?, ?, ?, ?)");
        reflectionInsert = db.prepareStatement("insert into reflection (id, goal_id, meaningful, learned,"
                + " choose_again, created_at) values (?, ?, 4, ?, 'YES', ?)");
        checkInNoteInsert =
                db.prepareStatement("insert into check_in_note (id, check_in_id, goal_id, note) values (?, ?, ?, ?)");
        stepInsert = db.prepareStatement(
                "insert into step (id, goal_id, position, title, due_date, done_at) values (?, ?, ?, ?, ?, ?)");
        eventInsert = db.prepareStatement(
                "insert into goal_event (id, goal_id, kind, occurred_at) values (?, ?, 'CREATED', ?)");
        checkInInsert = db.prepareStatement("insert into check_in (id, owner_id, week_start, submitted, wins,"
                + " roadblocks, focus, confidence, shared_with_mentors, submitted_at, updated_at, version)"
                + " values (?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, 0)");
        milestoneInsert = db.prepareStatement(
                "insert into milestone (id, owner_id, happened_on, month_only, title,"
                        + " kind, goal_id, shared_with_mentors, created_at, version) values (?, ?, ?, false, ?, ?, ?, ?, ?, 0)");
    }

    private void flushAll() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {
            northStarInsert,
            goalInsert,
            stepInsert,
            eventInsert,
            progressInsert,
            reflectionInsert,
            checkInInsert,
            checkInNoteInsert,
            milestoneInsert
        }) {
            if (statement != null) {
                flush(statement);
                statement.close();
            }
        }
    }

    /** The app inserts with generated ids after these; each table's identity starts above the seeded rows. */
    private void restartIdentities() throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (Map.Entry<String, Long> next : nextIds.entrySet()) {
                statement.execute("alter table " + next.getKey() + " alter column id restart with " + next.getValue());
            }
            statement.execute("analyze");
        }
    }

    // ---- plumbing -------------------------------------------------------------------------

    private long nextId(String table) {
        long id = nextIds.getOrDefault(table, 1L);
        nextIds.put(table, id + 1);
        return id;
    }

    /**
     * Adds a row; every so often sends all waiting rows, of every statement in the order the
     * statements were prepared, so parents always reach the database before their children.
     */
    private void add(PreparedStatement statement, String table) throws SQLException {
        if (!waiting.contains(statement)) {
            waiting.add(statement);
        }
        statement.addBatch();
        counts.merge(table, 1, Integer::sum);
        if (++sinceFlush == BATCH) {
            for (PreparedStatement each : waiting) {
                each.executeBatch();
            }
            sinceFlush = 0;
        }
    }

    private void flush(PreparedStatement statement) throws SQLException {
        for (PreparedStatement each : waiting) {
            each.executeBatch();
        }
        waiting.remove(statement);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
