-- What version 21 added: a session Alice brought from another Waypoint.
INSERT INTO kept_session (owner_id, starts_at, session, imported_at)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), TIMESTAMP WITH TIME ZONE '2025-06-03 15:00:00+00:00',
        '{"with":"Erin","side":"mentee","startsAt":"2025-06-03T15:00:00Z","zone":"UTC","minutes":60,"status":"HELD","points":[],"actions":[]}',
        TIMESTAMP WITH TIME ZONE '2026-02-01 10:00:00+00:00');
