-- What version 15 added: a calendar feed (only its secret's hash).
INSERT INTO calendar_feed (person_id, secret_hash, created_at)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), '4444444444444444444444444444444444444444444444444444444444444444', TIMESTAMP WITH TIME ZONE '2026-01-06 17:10:00+00:00');
