-- A person's private calendar feed. The secret in its address is shown once and never stored;
-- the feed is found by the secret's SHA-256 hash. No row: the feed is off.
CREATE TABLE calendar_feed (
    person_id   BIGINT PRIMARY KEY REFERENCES person (id),
    secret_hash VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_calendar_feed_secret ON calendar_feed (secret_hash);
