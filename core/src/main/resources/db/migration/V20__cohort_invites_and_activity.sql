-- Cohort membership: invitations by code or link, the feed of what happened in a cohort, and who may
-- make a cohort at all.

-- An invitation holds the SHA-256 hash of its code only; the code is shown to the owner once, when made.
-- The hint (the code's last four characters) lets owners tell their invitations apart in a list.
-- max_uses NULL means no limit. A revoked invitation is kept, so its uses still show.
CREATE TABLE cohort_invite (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    cohort_id   BIGINT       NOT NULL,
    code_hash   VARCHAR(64)  NOT NULL,
    code_hint   VARCHAR(8)   NOT NULL,
    created_by  BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    max_uses    INT,
    uses        INT          NOT NULL,
    revoked_at  TIMESTAMP(6),
    CONSTRAINT pk_cohort_invite PRIMARY KEY (id),
    CONSTRAINT uq_cohort_invite_code UNIQUE (code_hash),
    CONSTRAINT fk_cohort_invite_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_invite_creator FOREIGN KEY (created_by) REFERENCES user_account (id)
);
CREATE INDEX ix_cohort_invite_cohort ON cohort_invite (cohort_id, created_at);

-- What happened in a cohort: joined, left, removed, streak milestones, finished assignments. Progress
-- entries are shown only while their person shares with the cohort; the row stays either way.
CREATE TABLE cohort_activity (
    id              BIGINT       NOT NULL,
    cohort_id       BIGINT       NOT NULL,
    user_account_id BIGINT       NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    detail          VARCHAR(200),
    occurred_at     TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_cohort_activity PRIMARY KEY (id),
    CONSTRAINT fk_cohort_activity_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_activity_user FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_cohort_activity_feed ON cohort_activity (cohort_id, occurred_at);
CREATE INDEX ix_cohort_activity_person ON cohort_activity (user_account_id, cohort_id, kind);

-- Who may make a cohort: EVERYONE signed in, or only INSTRUCTORS (the portal-wide role).
INSERT INTO portal_setting (name, setting_value) VALUES ('cohort-creation', 'EVERYONE');
