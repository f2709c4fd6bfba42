-- When the owner moved a goal to "In progress" on a team board before any step was done: the
-- card stays there instead of falling back to "Not started".
ALTER TABLE goal ADD COLUMN started_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_goal_pivoted_from ON goal (pivoted_from_id);
