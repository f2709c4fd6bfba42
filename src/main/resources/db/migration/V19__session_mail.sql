-- E-mail about mentoring sessions: each person's own choice (on by default, like the check-in
-- reminder), and on each session when its reminder and its follow-up went out. The job claims a
-- session by setting the column where it is still null, so with several instances each goes once.
ALTER TABLE person ADD COLUMN email_sessions BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE meeting ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE meeting ADD COLUMN followed_up_at TIMESTAMP WITH TIME ZONE;
