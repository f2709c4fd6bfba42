-- Whether the person mentors anyone now: the top bar shows "Mentees" from it on every page, so it
-- is kept on the person row (by Mentorship when one starts or ends) instead of asked each time.
ALTER TABLE person ADD COLUMN mentoring BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE person SET mentoring = TRUE WHERE id IN (SELECT mentor_id FROM mentorship WHERE ended_at IS NULL);
