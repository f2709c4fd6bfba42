-- H2 indexes every foreign key by itself; PostgreSQL does not. Without these, PostgreSQL read every
-- team's goal steps to show one board (found by QueryPlanTest on a seeded PostgreSQL), and deleting
-- a person or a team checked each reference by reading the whole referring table.
CREATE INDEX ix_team_goal_step_team_goal ON team_goal_step (team_goal_id, position);
CREATE INDEX ix_invitation_team ON invitation (team_id);
CREATE INDEX ix_meeting_planned_by ON meeting (planned_by);
CREATE INDEX ix_agreement_drafted_by ON agreement (drafted_by);
CREATE INDEX ix_mentorship_closing_closed_by ON mentorship_closing (closed_by);
