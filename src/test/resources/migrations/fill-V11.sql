-- Rows of every kind the schema had at version 11, written as the app of that time wrote them:
-- Alice with a north star, goals (one achieved and reflected on), steps, history, progress, a
-- check-in with a goal note, a paused week, a reminder, milestones; Bob her mentor, with a comment
-- and a cheer; Carol leading a team where Alice shares a goal and a check-in, with a team goal.
-- Portable SQL (H2 and PostgreSQL); ids come from the database, rows find each other by name.
INSERT INTO person (issuer, subject, name, email, display_name, time_zone, check_in_day, email_reminders, active, created_at, version, share_check_ins)
VALUES ('waypoint-dev-provider', 'pre-alice', 'Alice Earlier', 'pre-alice@example.com', 'Alice Earlier', 'Europe/Berlin', 'MONDAY', TRUE, TRUE, TIMESTAMP WITH TIME ZONE '2025-09-01 08:00:00+00:00', 0, TRUE);
INSERT INTO person (issuer, subject, name, email, display_name, time_zone, check_in_day, email_reminders, active, created_at, version, share_check_ins)
VALUES ('waypoint-dev-provider', 'pre-bob', 'Bob Earlier', 'pre-bob@example.com', 'Bob Earlier', 'UTC', 'FRIDAY', FALSE, TRUE, TIMESTAMP WITH TIME ZONE '2025-09-02 08:00:00+00:00', 0, FALSE);
INSERT INTO person (issuer, subject, name, email, display_name, time_zone, check_in_day, email_reminders, active, created_at, version, share_check_ins)
VALUES ('waypoint-dev-provider', 'pre-carol', 'Carol Earlier', NULL, 'Carol Earlier', 'America/New_York', 'MONDAY', TRUE, TRUE, TIMESTAMP WITH TIME ZONE '2025-09-03 08:00:00+00:00', 0, FALSE);

INSERT INTO north_star (owner_id, title, why, created_at, version)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), 'Become a speaker people remember', 'Sharing what I learn', TIMESTAMP WITH TIME ZONE '2025-09-01 09:00:00+00:00', 0);

INSERT INTO goal (owner_id, north_star_id, title, category, why, target_date, measure_unit, measure_current, measure_target, steps_total, steps_done, status, status_changed_at, shared_with_mentors, last_progress_at, created_at, version, started_at)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), (SELECT id FROM north_star WHERE title = 'Become a speaker people remember'),
        'Give a conference talk', 'COMMUNICATION_AND_COMMUNITY', 'To practise in front of many', DATE '2026-06-30', 'rehearsals', 2, 5, 2, 1, 'ACTIVE',
        TIMESTAMP WITH TIME ZONE '2025-09-01 09:05:00+00:00', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-06 18:00:00+00:00', TIMESTAMP WITH TIME ZONE '2025-09-01 09:05:00+00:00', 3,
        TIMESTAMP WITH TIME ZONE '2025-09-02 09:00:00+00:00');
INSERT INTO goal (owner_id, north_star_id, title, category, why, target_date, steps_total, steps_done, status, status_reason, previous_status, status_changed_at, achieved_at, shared_with_mentors, last_progress_at, created_at, version)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), NULL, 'Write a blog series', 'TECHNICAL', NULL, NULL, 1, 1, 'ACHIEVED', 'All four posts are out', 'ACTIVE',
        TIMESTAMP WITH TIME ZONE '2025-12-01 10:00:00+00:00', TIMESTAMP WITH TIME ZONE '2025-12-01 10:00:00+00:00', FALSE, TIMESTAMP WITH TIME ZONE '2025-12-01 10:00:00+00:00',
        TIMESTAMP WITH TIME ZONE '2025-10-01 10:00:00+00:00', 2);

INSERT INTO step (goal_id, position, title, due_date, done_at)
VALUES ((SELECT id FROM goal WHERE title = 'Give a conference talk'), 0, 'Pick a topic', NULL, TIMESTAMP WITH TIME ZONE '2025-10-01 12:00:00+00:00');
INSERT INTO step (goal_id, position, title, due_date, done_at)
VALUES ((SELECT id FROM goal WHERE title = 'Give a conference talk'), 1, 'Submit the proposal', DATE '2026-02-15', NULL);
INSERT INTO step (goal_id, position, title, due_date, done_at)
VALUES ((SELECT id FROM goal WHERE title = 'Write a blog series'), 0, 'Publish the fourth post', NULL, TIMESTAMP WITH TIME ZONE '2025-12-01 10:00:00+00:00');

INSERT INTO goal_event (goal_id, kind, occurred_at, reason, to_title)
VALUES ((SELECT id FROM goal WHERE title = 'Give a conference talk'), 'CREATED', TIMESTAMP WITH TIME ZONE '2025-09-01 09:05:00+00:00', NULL, 'Give a conference talk');
INSERT INTO goal_event (goal_id, kind, occurred_at, reason, from_title, to_title)
VALUES ((SELECT id FROM goal WHERE title = 'Give a conference talk'), 'REVISED', TIMESTAMP WITH TIME ZONE '2025-09-20 09:05:00+00:00', 'A bigger stage', 'Give a meetup talk', 'Give a conference talk');
INSERT INTO goal_event (goal_id, kind, occurred_at, reason, from_status, to_status)
VALUES ((SELECT id FROM goal WHERE title = 'Write a blog series'), 'STATUS', TIMESTAMP WITH TIME ZONE '2025-12-01 10:00:00+00:00', 'All four posts are out', 'ACTIVE', 'ACHIEVED');

INSERT INTO goal_progress (goal_id, recorded_at, steps_done, steps_total, measure_current, measure_target, percent)
VALUES ((SELECT id FROM goal WHERE title = 'Give a conference talk'), TIMESTAMP WITH TIME ZONE '2026-01-06 18:00:00+00:00', 1, 2, 2, 5, 45);

INSERT INTO check_in (owner_id, week_start, submitted, wins, roadblocks, focus, confidence, shared_with_mentors, submitted_at, updated_at, version)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), DATE '2026-01-05', TRUE, 'Drafted the abstract', 'No slot for a rehearsal', 'Book a rehearsal', 4, TRUE,
        TIMESTAMP WITH TIME ZONE '2026-01-06 18:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-01-06 18:00:00+00:00', 1);
INSERT INTO check_in_note (check_in_id, goal_id, note)
VALUES ((SELECT id FROM check_in WHERE wins = 'Drafted the abstract'), (SELECT id FROM goal WHERE title = 'Give a conference talk'), 'Abstract half done');
INSERT INTO week_pause (owner_id, week_start, reason)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), DATE '2025-12-29', 'Holidays');
INSERT INTO reminder_sent (owner_id, week_start, sent_at)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), DATE '2026-01-05', TIMESTAMP WITH TIME ZONE '2026-01-05 08:00:00+00:00');

INSERT INTO reflection (goal_id, meaningful, learned, choose_again, created_at)
VALUES ((SELECT id FROM goal WHERE title = 'Write a blog series'), 5, 'Writing every week works', 'YES', TIMESTAMP WITH TIME ZONE '2025-12-02 10:00:00+00:00');

INSERT INTO milestone (owner_id, happened_on, month_only, title, kind, story, goal_id, evidence_url, suggestion_key, shared_with_mentors, created_at, version)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), DATE '2025-11-20', FALSE, 'Spoke at the local meetup', 'TALK', 'Forty people came',
        (SELECT id FROM goal WHERE title = 'Give a conference talk'), 'https://example.com/meetup', NULL, TRUE, TIMESTAMP WITH TIME ZONE '2025-11-21 10:00:00+00:00', 0);
INSERT INTO milestone_dismissal (owner_id, suggestion_key)
VALUES ((SELECT id FROM person WHERE subject = 'pre-alice'), 'goal-achieved-earlier');

INSERT INTO mentorship (mentor_id, mentee_id, started_at, ended_at, is_active)
VALUES ((SELECT id FROM person WHERE subject = 'pre-bob'), (SELECT id FROM person WHERE subject = 'pre-alice'), TIMESTAMP WITH TIME ZONE '2025-09-05 10:00:00+00:00', NULL, TRUE);
INSERT INTO invitation (token_hash, inviter_id, invitee_role, created_at, expires_at, accepted_at, accepted_by, version)
VALUES ('1111111111111111111111111111111111111111111111111111111111111111', (SELECT id FROM person WHERE subject = 'pre-alice'), 'MENTOR',
        TIMESTAMP WITH TIME ZONE '2025-09-04 10:00:00+00:00', TIMESTAMP WITH TIME ZONE '2025-09-18 10:00:00+00:00',
        TIMESTAMP WITH TIME ZONE '2025-09-05 10:00:00+00:00', (SELECT id FROM person WHERE subject = 'pre-bob'), 1);
INSERT INTO feedback (author_id, owner_id, item_type, item_id, kind, body, created_at, seen)
VALUES ((SELECT id FROM person WHERE subject = 'pre-bob'), (SELECT id FROM person WHERE subject = 'pre-alice'), 'GOAL',
        (SELECT id FROM goal WHERE title = 'Give a conference talk'), 'COMMENT', 'A great topic for a first talk', TIMESTAMP WITH TIME ZONE '2026-01-07 09:00:00+00:00', FALSE);
INSERT INTO feedback (author_id, owner_id, item_type, item_id, kind, body, created_at, seen)
VALUES ((SELECT id FROM person WHERE subject = 'pre-bob'), (SELECT id FROM person WHERE subject = 'pre-alice'), 'CHECK_IN',
        (SELECT id FROM check_in WHERE wins = 'Drafted the abstract'), 'CHEER', NULL, TIMESTAMP WITH TIME ZONE '2026-01-07 09:01:00+00:00', TRUE);

INSERT INTO team (name, purpose, created_at, archived_at, version)
VALUES ('Platform Earlier', 'Keep the build fast', TIMESTAMP WITH TIME ZONE '2025-09-10 10:00:00+00:00', NULL, 0);
INSERT INTO membership (team_id, person_id, role, joined_at, left_at, is_current)
VALUES ((SELECT id FROM team WHERE name = 'Platform Earlier'), (SELECT id FROM person WHERE subject = 'pre-carol'), 'LEAD', TIMESTAMP WITH TIME ZONE '2025-09-10 10:00:00+00:00', NULL, TRUE);
INSERT INTO membership (team_id, person_id, role, joined_at, left_at, is_current)
VALUES ((SELECT id FROM team WHERE name = 'Platform Earlier'), (SELECT id FROM person WHERE subject = 'pre-alice'), 'MEMBER', TIMESTAMP WITH TIME ZONE '2025-09-11 10:00:00+00:00', NULL, TRUE);
INSERT INTO invitation (token_hash, inviter_id, invitee_role, created_at, expires_at, version, team_id)
VALUES ('2222222222222222222222222222222222222222222222222222222222222222', (SELECT id FROM person WHERE subject = 'pre-carol'), 'TEAM_MEMBER',
        TIMESTAMP WITH TIME ZONE '2026-01-02 10:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-01-16 10:00:00+00:00', 0, (SELECT id FROM team WHERE name = 'Platform Earlier'));
INSERT INTO team_share (team_id, item_type, item_id, owner_id)
VALUES ((SELECT id FROM team WHERE name = 'Platform Earlier'), 'GOAL', (SELECT id FROM goal WHERE title = 'Give a conference talk'), (SELECT id FROM person WHERE subject = 'pre-alice'));
INSERT INTO team_share (team_id, item_type, item_id, owner_id)
VALUES ((SELECT id FROM team WHERE name = 'Platform Earlier'), 'CHECK_IN', (SELECT id FROM check_in WHERE wins = 'Drafted the abstract'), (SELECT id FROM person WHERE subject = 'pre-alice'));
INSERT INTO team_goal (team_id, title, category, target_date, board_column, steps_total, steps_done, created_at, archived_at, version)
VALUES ((SELECT id FROM team WHERE name = 'Platform Earlier'), 'Cut build time in half', 'TECHNICAL', DATE '2026-03-31', 'IN_PROGRESS', 1, 0, TIMESTAMP WITH TIME ZONE '2025-10-01 10:00:00+00:00', NULL, 0);
INSERT INTO team_goal_step (team_goal_id, position, title, assignee_id, done_at)
VALUES ((SELECT id FROM team_goal WHERE title = 'Cut build time in half'), 0, 'Profile the slowest module', (SELECT id FROM person WHERE subject = 'pre-alice'), NULL);

INSERT INTO web_session (cookie_hash, issuer, subject, provider_sid, started_at, keep_until, ended_at)
VALUES ('3333333333333333333333333333333333333333333333333333333333333333', 'waypoint-dev-provider', 'pre-alice', 'sid-earlier',
        TIMESTAMP WITH TIME ZONE '2026-01-06 17:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-01-20 17:00:00+00:00', NULL);
