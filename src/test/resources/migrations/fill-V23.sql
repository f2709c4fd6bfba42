-- What version 23 added: Alice's e-mail choices, an e-mail waiting in the outbox, and her unsubscribe link.
INSERT INTO email_choice (person_id, topic, cadence)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), 'FEEDBACK', 'WEEKLY');
INSERT INTO outbox_mail (person_id, kind, topic, state, due_at, attempts, created_at)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), 'WEEKLY_DIGEST', 'FEEDBACK', 'WAITING',
        TIMESTAMP WITH TIME ZONE '2026-12-11 08:00:00+00:00', 0, TIMESTAMP WITH TIME ZONE '2026-12-07 10:00:00+00:00');
INSERT INTO unsubscribe_key (person_id, topic, nonce, secret_hash)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), 'FEEDBACK', 'nonce-of-the-fill-script',
        '0000000000000000000000000000000000000000000000000000000000000000');
