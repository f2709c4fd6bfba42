package dev.waypoint.people;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deleting an account, by its owner or an admin: every row that is the person's, in an order the foreign keys allow, in the
 * caller's transaction. What belongs to others stays and no longer names them: a team goal's step
 * they were assigned becomes unassigned, teams they led keep running with their other leads (or
 * wait for an admin to name one), and a mentor who mentored only them stops seeing "Mentees".
 */
public final class Erasure {

    /** The person's goals, for the rows that hang off a goal. */
    private static final String GOALS = "(SELECT id FROM goal WHERE owner_id = ?1)";

    /** The person's mentorships on either side, each through its own index. */
    private static final List<String> MENTORSHIPS = List.of(
            "(SELECT id FROM mentorship WHERE mentor_id = ?1)", "(SELECT id FROM mentorship WHERE mentee_id = ?1)");

    /** What hangs off their mentorships (agreements, closings, sessions), which goes with them. */
    private static final List<String> SESSIONS = MENTORSHIPS.stream()
            .flatMap(mentorships -> {
                String meetings = "(SELECT id FROM meeting WHERE mentorship_id IN " + mentorships + ")";
                String agreements = "(SELECT id FROM agreement WHERE mentorship_id IN " + mentorships + ")";
                return Stream.of(
                        "DELETE FROM agreement_goal WHERE agreement_id IN " + agreements,
                        "DELETE FROM agreement_north_star WHERE agreement_id IN " + agreements,
                        "DELETE FROM agreement WHERE mentorship_id IN " + mentorships,
                        "DELETE FROM mentorship_closing WHERE mentorship_id IN " + mentorships,
                        "DELETE FROM talking_point WHERE meeting_id IN " + meetings,
                        "DELETE FROM meeting_note WHERE meeting_id IN " + meetings,
                        "DELETE FROM action_item WHERE meeting_id IN " + meetings,
                        "UPDATE meeting SET follows_id = NULL WHERE mentorship_id IN " + mentorships,
                        "DELETE FROM meeting WHERE mentorship_id IN " + mentorships);
            })
            .toList();

    /**
     * Run in this order: each statement removes what points at the rows of a later one. Each finds
     * its rows through an index on the person or their goals (no "or" across two columns).
     */
    private static final List<String> STATEMENTS = Stream.concat(
                    SESSIONS.stream(),
                    Stream.of(
                            "UPDATE team_goal_step SET assignee_id = NULL WHERE assignee_id = ?1",
                            "DELETE FROM feedback WHERE author_id = ?1",
                            "DELETE FROM feedback WHERE owner_id = ?1",
                            "DELETE FROM team_share WHERE owner_id = ?1",
                            "DELETE FROM check_in_note WHERE check_in_id IN (SELECT id FROM check_in WHERE owner_id = ?1)",
                            "DELETE FROM check_in_note WHERE goal_id IN " + GOALS,
                            "DELETE FROM reflection WHERE goal_id IN " + GOALS,
                            "DELETE FROM milestone_dismissal WHERE owner_id = ?1",
                            "DELETE FROM milestone WHERE owner_id = ?1",
                            "DELETE FROM milestone WHERE goal_id IN " + GOALS,
                            "DELETE FROM goal_event WHERE goal_id IN " + GOALS,
                            "DELETE FROM goal_progress WHERE goal_id IN " + GOALS,
                            "DELETE FROM step WHERE goal_id IN " + GOALS,
                            "UPDATE goal SET pivoted_from_id = NULL WHERE pivoted_from_id IN " + GOALS,
                            "DELETE FROM goal WHERE owner_id = ?1",
                            "DELETE FROM north_star WHERE owner_id = ?1",
                            "DELETE FROM kept_session WHERE owner_id = ?1",
                            "DELETE FROM check_in WHERE owner_id = ?1",
                            "DELETE FROM week_pause WHERE owner_id = ?1",
                            "DELETE FROM reminder_sent WHERE owner_id = ?1",
                            "DELETE FROM calendar_feed WHERE person_id = ?1",
                            "DELETE FROM access_token WHERE person_id = ?1",
                            "DELETE FROM invitation WHERE inviter_id = ?1",
                            "DELETE FROM invitation WHERE accepted_by = ?1",
                            // Their mentors lose "Mentees" when this was their last mentee.
                            "UPDATE person SET mentoring = FALSE WHERE id IN (SELECT mentor_id FROM mentorship WHERE mentee_id = ?1)"
                                    + " AND NOT EXISTS (SELECT m.id FROM mentorship m WHERE m.mentor_id = person.id"
                                    + " AND m.ended_at IS NULL AND m.mentee_id <> ?1)",
                            "DELETE FROM mentorship WHERE mentor_id = ?1",
                            "DELETE FROM mentorship WHERE mentee_id = ?1",
                            "DELETE FROM membership WHERE person_id = ?1",
                            // Their inbox goes; what they did stays in others' inboxes, without their name.
                            "DELETE FROM notice WHERE person_id = ?1",
                            "DELETE FROM outbox_mail WHERE person_id = ?1",
                            "DELETE FROM email_choice WHERE person_id = ?1",
                            "DELETE FROM unsubscribe_key WHERE person_id = ?1",
                            "DELETE FROM not_now WHERE person_id = ?1",
                            "DELETE FROM not_now WHERE about_id = ?1",
                            "UPDATE notice SET actor_id = NULL WHERE actor_id = ?1",
                            // Their events go with them; the record that an account was deleted names nobody.
                            "DELETE FROM audit_event WHERE actor_id = ?1",
                            "DELETE FROM audit_event WHERE subject_id = ?1",
                            // Their sessions end and forget them, but stay: a copy of their cookie must keep failing.
                            "UPDATE web_session SET ended_at = COALESCE(ended_at, CURRENT_TIMESTAMP), person_id = NULL"
                                    + " WHERE person_id = ?1",
                            // Sessions from before sessions knew their person, by the provider's identity.
                            "UPDATE web_session SET ended_at = COALESCE(ended_at, CURRENT_TIMESTAMP)"
                                    + " WHERE issuer = (SELECT issuer FROM person WHERE id = ?1)"
                                    + " AND subject = (SELECT subject FROM person WHERE id = ?1)",
                            "DELETE FROM person WHERE id = ?1"))
            .toList();

    private Erasure() {}

    public static void erase(Person person) {
        EntityManager entityManager = Person.getEntityManager();
        // What this request loaded of theirs must not be written back after the rows are gone.
        entityManager.flush();
        entityManager.clear();
        for (String statement : STATEMENTS) {
            entityManager
                    .createNativeQuery(statement)
                    .setParameter(1, person.id)
                    .executeUpdate();
        }
    }
}
