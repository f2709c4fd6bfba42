-- What version 22 added: Bob's comment waits, unread, in Alice's inbox.
INSERT INTO notice (person_id, kind, actor_id, subject, subject_id, created_at)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), 'COMMENT', (SELECT id FROM person WHERE subject = 'pre-bob'),
        'GOAL', (SELECT id FROM goal WHERE title = 'Give a conference talk'), TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+00:00');
UPDATE person SET unread_notices = unread_notices + 1 WHERE subject = 'pre-alice';
