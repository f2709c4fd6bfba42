-- What version 18 added: Bob and Alice's agreement (her talk goal, every two weeks), confirmed by
-- both, and the closing of an earlier mentorship of hers with its reflection.
INSERT INTO agreement (mentorship_id, focus, every_weeks, review_on, drafted_by, mentor_confirmed_at, mentee_confirmed_at, version)
VALUES ((SELECT id FROM mentorship WHERE mentee_id = (SELECT id FROM person WHERE subject = 'pre-alice') AND ended_at IS NULL),
        'Speaking at conferences', 2, DATE '2026-04-12', (SELECT id FROM person WHERE subject = 'pre-alice'),
        TIMESTAMP WITH TIME ZONE '2026-01-13 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-01-12 18:00:00+00:00', 1);
INSERT INTO agreement_goal (agreement_id, goal_id)
VALUES ((SELECT id FROM agreement WHERE focus = 'Speaking at conferences'), (SELECT id FROM goal WHERE title = 'Give a conference talk'));
INSERT INTO mentorship (mentor_id, mentee_id, started_at, ended_at, is_active)
VALUES ((SELECT id FROM person WHERE subject = 'pre-carol'), (SELECT id FROM person WHERE subject = 'pre-alice'),
        TIMESTAMP WITH TIME ZONE '2025-03-01 10:00:00+00:00', TIMESTAMP WITH TIME ZONE '2025-08-30 10:00:00+00:00', NULL);
INSERT INTO mentorship_closing (mentorship_id, closed_by, reason, went_well, achieved, milestone_id, closed_at)
VALUES ((SELECT id FROM mentorship WHERE mentor_id = (SELECT id FROM person WHERE subject = 'pre-carol')),
        (SELECT id FROM person WHERE subject = 'pre-alice'), 'GOALS_REACHED', 'Honest feedback every time',
        '- Achieved: Write a blog series', NULL, TIMESTAMP WITH TIME ZONE '2025-08-30 10:00:00+00:00');
