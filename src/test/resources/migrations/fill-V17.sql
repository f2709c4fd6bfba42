-- What version 17 added: a mentoring session of Bob's with Alice, held, with a point from her
-- check-in, one of his own, his private note and an action of hers that became her step.
INSERT INTO meeting (mentorship_id, planned_by, starts_at, zone, minutes, place, repeat_weeks, status, follows_id, sequence,
                     shared_notes, notes_version, helpful, helpful_note, created_at, version)
VALUES ((SELECT id FROM mentorship WHERE mentee_id = (SELECT id FROM person WHERE subject = 'pre-alice')),
        (SELECT id FROM person WHERE subject = 'pre-bob'), TIMESTAMP WITH TIME ZONE '2026-01-12 16:00:00+00:00', 'Europe/Berlin', 45,
        'The café on the corner', 2, 'HELD', NULL, 1, 'Talked through the talk outline', 1, 'YES', 'Clearer now',
        TIMESTAMP WITH TIME ZONE '2026-01-08 09:00:00+00:00', 1);
INSERT INTO talking_point (meeting_id, author_id, body, check_in_id, answer, shared, position, covered_at, created_at)
VALUES ((SELECT id FROM meeting WHERE place = 'The café on the corner'), (SELECT id FROM person WHERE subject = 'pre-bob'), NULL,
        (SELECT id FROM check_in WHERE wins = 'Drafted the abstract'), 'WINS', TRUE, 0,
        TIMESTAMP WITH TIME ZONE '2026-01-12 16:20:00+00:00', TIMESTAMP WITH TIME ZONE '2026-01-08 09:05:00+00:00');
INSERT INTO talking_point (meeting_id, author_id, body, check_in_id, answer, shared, position, covered_at, created_at)
VALUES ((SELECT id FROM meeting WHERE place = 'The café on the corner'), (SELECT id FROM person WHERE subject = 'pre-bob'),
        'Ask about the rehearsal slots', NULL, NULL, FALSE, 1, NULL, TIMESTAMP WITH TIME ZONE '2026-01-08 09:06:00+00:00');
INSERT INTO meeting_note (meeting_id, author_id, body, version)
VALUES ((SELECT id FROM meeting WHERE place = 'The café on the corner'), (SELECT id FROM person WHERE subject = 'pre-bob'),
        'She is ready for a bigger stage', 0);
INSERT INTO action_item (meeting_id, owner_id, author_id, body, due_on, done_at, step_id, created_at)
VALUES ((SELECT id FROM meeting WHERE place = 'The café on the corner'), (SELECT id FROM person WHERE subject = 'pre-alice'),
        (SELECT id FROM person WHERE subject = 'pre-bob'), 'Submit the proposal', DATE '2026-02-15', NULL,
        (SELECT id FROM step WHERE title = 'Submit the proposal'), TIMESTAMP WITH TIME ZONE '2026-01-12 16:40:00+00:00');
