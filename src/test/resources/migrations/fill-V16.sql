-- What version 16 added: a personal access token (only its hash).
INSERT INTO access_token (person_id, name, secret_hash, created_at, expires_at, last_used_at)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), 'Reporting script', '5555555555555555555555555555555555555555555555555555555555555555',
        TIMESTAMP WITH TIME ZONE '2026-01-06 17:20:00+00:00', TIMESTAMP WITH TIME ZONE '2099-01-06 17:20:00+00:00', NULL);
