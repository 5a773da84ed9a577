-- Spaced-repetition state per learner and question, the append-only review history, and notes.

ALTER TABLE user_account ADD COLUMN desired_retention DOUBLE NOT NULL DEFAULT 0.9;
ALTER TABLE user_account ADD COLUMN daily_new_limit INT NOT NULL DEFAULT 20;
ALTER TABLE user_account ADD COLUMN daily_review_limit INT NOT NULL DEFAULT 200;

CREATE TABLE card_state (
    id                   BIGINT       NOT NULL,
    version              BIGINT       NOT NULL,
    user_account_id      BIGINT       NOT NULL,
    question_id          BIGINT       NOT NULL,
    phase                VARCHAR(12)  NOT NULL,
    step                 INT,
    stability            DOUBLE,
    difficulty           DOUBLE,
    due_at               TIMESTAMP(6),
    last_review_at       TIMESTAMP(6),
    reps                 INT          NOT NULL,
    lapses               INT          NOT NULL,
    seen_content_version INT,
    bookmarked           BOOLEAN      NOT NULL,
    CONSTRAINT pk_card_state PRIMARY KEY (id),
    CONSTRAINT uk_card_state_user_question UNIQUE (user_account_id, question_id),
    CONSTRAINT fk_card_state_user FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT fk_card_state_question FOREIGN KEY (question_id) REFERENCES question (id)
);
CREATE INDEX ix_card_state_user_due ON card_state (user_account_id, due_at);

CREATE TABLE review_log (
    id                 BIGINT       NOT NULL,
    user_account_id    BIGINT       NOT NULL,
    question_id        BIGINT       NOT NULL,
    rating             VARCHAR(5)   NOT NULL,
    reviewed_at        TIMESTAMP(6) NOT NULL,
    duration_ms        BIGINT       NOT NULL,
    content_version    INT          NOT NULL,
    retrievability     DOUBLE,
    phase_before       VARCHAR(12)  NOT NULL,
    step_before        INT,
    stability_before   DOUBLE,
    difficulty_before  DOUBLE,
    due_before         TIMESTAMP(6),
    last_review_before TIMESTAMP(6),
    reps_before        INT          NOT NULL,
    lapses_before      INT          NOT NULL,
    phase_after        VARCHAR(12)  NOT NULL,
    step_after         INT,
    stability_after    DOUBLE       NOT NULL,
    difficulty_after   DOUBLE       NOT NULL,
    due_after          TIMESTAMP(6) NOT NULL,
    undone_at          TIMESTAMP(6),
    CONSTRAINT pk_review_log PRIMARY KEY (id),
    CONSTRAINT fk_review_log_user FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT fk_review_log_question FOREIGN KEY (question_id) REFERENCES question (id)
);
CREATE INDEX ix_review_log_user_time ON review_log (user_account_id, reviewed_at);
CREATE INDEX ix_review_log_question ON review_log (question_id);

CREATE TABLE note (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    user_account_id BIGINT       NOT NULL,
    question_id     BIGINT       NOT NULL,
    body            LONGTEXT     NOT NULL,
    visibility      VARCHAR(10)  NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_note PRIMARY KEY (id),
    CONSTRAINT uk_note_user_question UNIQUE (user_account_id, question_id),
    CONSTRAINT fk_note_user FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT fk_note_question FOREIGN KEY (question_id) REFERENCES question (id)
);
