-- The mentee's north stars an agreement names, beside its goals. A mentor reads a linked north star
-- only while one of its goals is shared with mentors, as on the mentor's other pages.
CREATE TABLE agreement_north_star (
    agreement_id  BIGINT NOT NULL REFERENCES agreement (id),
    north_star_id BIGINT NOT NULL REFERENCES north_star (id) ON DELETE CASCADE,
    PRIMARY KEY (agreement_id, north_star_id)
);
CREATE INDEX ix_agreement_north_star_north_star ON agreement_north_star (north_star_id);
