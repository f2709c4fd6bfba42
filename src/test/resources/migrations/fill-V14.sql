-- What version 14 added: the audit log, sessions that know their person, the last sign-in.
INSERT INTO audit_event (at, kind, actor_id, subject_id, detail, address)
VALUES (TIMESTAMP WITH TIME ZONE '2026-01-06 17:00:00+00:00', 'SIGNED_IN', (SELECT id FROM person WHERE subject = 'pre-alice'), NULL, NULL, '203.0.113.9');
INSERT INTO audit_event (at, kind, actor_id, subject_id, detail, address)
VALUES (TIMESTAMP WITH TIME ZONE '2026-01-06 17:05:00+00:00', 'INVITATION_ACCEPTED', (SELECT id FROM person WHERE subject = 'pre-bob'), (SELECT id FROM person WHERE subject = 'pre-alice'), 'as mentor', '198.51.100.4');
UPDATE person SET last_sign_in_at = TIMESTAMP WITH TIME ZONE '2026-01-06 17:00:00+00:00' WHERE subject = 'pre-alice';
UPDATE web_session SET person_id = (SELECT id FROM person WHERE subject = 'pre-alice') WHERE subject = 'pre-alice';
