-- What version 24 added: Bob put off Alice's quiet weeks on his "needs you" list until a Monday.
INSERT INTO not_now (person_id, subject, subject_id, about_id, back_at)
VALUES ((SELECT id FROM person WHERE subject = 'pre-bob'), 'QUIET', (SELECT id FROM person WHERE subject = 'pre-alice'),
        (SELECT id FROM person WHERE subject = 'pre-alice'), TIMESTAMP WITH TIME ZONE '2026-12-14 00:00:00+00:00');
