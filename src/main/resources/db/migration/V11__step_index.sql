-- Steps are always reached through their goal (ix_step_goal). An index on done_at alone let
-- PostgreSQL answer "my open steps due soon" by walking every open step of the instance.
DROP INDEX ix_step_done_at;
