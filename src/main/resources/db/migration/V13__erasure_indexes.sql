-- Deleting one account finds each of its rows through an index that starts with the person (or
-- their goal), instead of reading the whole table: the columns that point at a person, or at a
-- goal, and had no index of their own yet.
CREATE INDEX ix_feedback_author ON feedback (author_id);
CREATE INDEX ix_team_share_owner ON team_share (owner_id);
CREATE INDEX ix_team_goal_step_assignee ON team_goal_step (assignee_id);
CREATE INDEX ix_invitation_inviter ON invitation (inviter_id);
CREATE INDEX ix_invitation_accepted_by ON invitation (accepted_by);
CREATE INDEX ix_check_in_note_goal ON check_in_note (goal_id);
CREATE INDEX ix_milestone_goal ON milestone (goal_id);
