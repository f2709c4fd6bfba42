-- Every signed-in browser session, by the SHA-256 of its cookie, so that signing out ends it on the
-- server for every instance: a copied cookie stops working. Checked on every request (primary
-- key); kept until the session would have expired anyway.
CREATE TABLE web_session (
    cookie_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    issuer       VARCHAR(255) NOT NULL,
    subject      VARCHAR(255) NOT NULL,
    provider_sid VARCHAR(255),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    keep_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE
);
-- "Sign out everywhere" ends an account's sessions; a provider's back-channel logout names its own.
CREATE INDEX ix_web_session_account ON web_session (issuer, subject);
CREATE INDEX ix_web_session_sid ON web_session (provider_sid);
CREATE INDEX ix_web_session_keep ON web_session (keep_until);
