-- At most one active mentorship per pair and one current membership per team and person, kept by
-- the database itself. A flag that is TRUE while the relationship holds and NULL once it ends
-- carries a unique key: NULLs never collide, so ended relationships stay as history. (A partial
-- unique index would say this directly, but H2 has none; this works on H2 and PostgreSQL alike.)

-- Earlier duplicates end now, keeping the oldest.
UPDATE mentorship SET ended_at = CURRENT_TIMESTAMP
 WHERE ended_at IS NULL
   AND EXISTS (SELECT 1 FROM mentorship older
                WHERE older.mentor_id = mentorship.mentor_id AND older.mentee_id = mentorship.mentee_id
                  AND older.ended_at IS NULL AND older.id < mentorship.id);
UPDATE membership SET left_at = CURRENT_TIMESTAMP
 WHERE left_at IS NULL
   AND EXISTS (SELECT 1 FROM membership older
                WHERE older.team_id = membership.team_id AND older.person_id = membership.person_id
                  AND older.left_at IS NULL AND older.id < membership.id);

ALTER TABLE mentorship ADD COLUMN is_active BOOLEAN;
UPDATE mentorship SET is_active = TRUE WHERE ended_at IS NULL;
ALTER TABLE mentorship ADD CONSTRAINT ck_mentorship_active
    CHECK ((ended_at IS NULL AND is_active = TRUE) OR (ended_at IS NOT NULL AND is_active IS NULL));
ALTER TABLE mentorship ADD CONSTRAINT uq_mentorship_active UNIQUE (mentor_id, mentee_id, is_active);

ALTER TABLE membership ADD COLUMN is_current BOOLEAN;
UPDATE membership SET is_current = TRUE WHERE left_at IS NULL;
ALTER TABLE membership ADD CONSTRAINT ck_membership_current
    CHECK ((left_at IS NULL AND is_current = TRUE) OR (left_at IS NOT NULL AND is_current IS NULL));
ALTER TABLE membership ADD CONSTRAINT uq_membership_current UNIQUE (team_id, person_id, is_current);
