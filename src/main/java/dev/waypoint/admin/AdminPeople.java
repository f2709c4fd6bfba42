package dev.waypoint.admin;

import dev.waypoint.people.Person;
import dev.waypoint.web.Dates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page of the instance's people for its admins, found by name or e-mail: when they joined and
 * last signed in, and how many goals, check-ins, mentorships and teams they have. Counts only: never
 * the content of anyone's goals, check-ins, milestones or comments.
 */
record AdminPeople(String query, List<Row> rows, long total, Pager pager) {

    /** One person. */
    record Row(
            Long id,
            String name,
            String email,
            String joined,
            String lastSignIn,
            boolean active,
            long goals,
            long checkIns,
            long mentorships,
            long teams) {}

    static AdminPeople load(String query, int page) {
        String search = query == null ? "" : query.strip();
        String where = search.isEmpty()
                ? ""
                : "where lower(p.displayName) like ?1 escape '!' or lower(p.name) like ?1 escape '!'"
                        + " or lower(p.email) like ?1 escape '!'";
        String pattern = "%"
                + search.toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_") + "%";
        var count = Person.getEntityManager().createQuery("select count(p) from Person p " + where, Long.class);
        var list = Person.getEntityManager()
                .createQuery("select p from Person p " + where + " order by p.displayName, p.id", Person.class);
        if (!search.isEmpty()) {
            count.setParameter(1, pattern);
            list.setParameter(1, pattern);
        }
        long total = count.getSingleResult();
        Pager pager = Pager.of(
                total,
                page,
                "/admin/people" + (search.isEmpty() ? "" : "?q=" + URLEncoder.encode(search, StandardCharsets.UTF_8)));
        List<Person> people = list.setFirstResult(pager.firstResult())
                .setMaxResults(Pager.SIZE)
                .getResultList();
        List<Long> ids = people.stream().map(person -> person.id).toList();
        Map<Long, Long> goals =
                countBy("select g.owner.id, count(g) from Goal g where g.owner.id in ?1 group by g.owner.id", ids);
        Map<Long, Long> checkIns = countBy(
                "select c.owner.id, count(c) from CheckIn c where c.owner.id in ?1 and c.submitted = true"
                        + " group by c.owner.id",
                ids);
        Map<Long, Long> mentoring = countBy(
                "select m.mentor.id, count(m) from Mentorship m where m.mentor.id in ?1 and m.endedAt is null"
                        + " group by m.mentor.id",
                ids);
        Map<Long, Long> mentored = countBy(
                "select m.mentee.id, count(m) from Mentorship m where m.mentee.id in ?1 and m.endedAt is null"
                        + " group by m.mentee.id",
                ids);
        Map<Long, Long> teams = countBy(
                "select m.person.id, count(m) from Membership m where m.person.id in ?1 and m.leftAt is null"
                        + " group by m.person.id",
                ids);
        List<Row> rows = people.stream()
                .map(person -> new Row(
                        person.id,
                        person.displayName,
                        person.email,
                        Dates.pretty(person.createdAt),
                        person.lastSignInAt == null ? "–" : Dates.pretty(person.lastSignInAt),
                        person.active,
                        goals.getOrDefault(person.id, 0L),
                        checkIns.getOrDefault(person.id, 0L),
                        mentoring.getOrDefault(person.id, 0L) + mentored.getOrDefault(person.id, 0L),
                        teams.getOrDefault(person.id, 0L)))
                .toList();
        return new AdminPeople(search, rows, total, pager);
    }

    private static Map<Long, Long> countBy(String query, List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            Person.getEntityManager()
                    .createQuery(query, Object[].class)
                    .setParameter(1, ids)
                    .getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }
}
