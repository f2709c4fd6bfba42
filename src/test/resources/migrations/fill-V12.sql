-- What version 12 added: the person's "mentors someone now" flag, which the app sets when a
-- mentorship starts (before version 12 the migration works it out).
UPDATE person SET mentoring = TRUE WHERE subject = 'pre-bob';
