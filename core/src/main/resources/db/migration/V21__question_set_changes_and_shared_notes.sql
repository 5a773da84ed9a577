-- When a set was last changed, for its author's list of sets. Existing sets count as changed when made.
ALTER TABLE question_set ADD COLUMN updated_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
UPDATE question_set SET updated_at = created_at;

-- A learner's note on a question as they shared it with one of their cohorts: a copy taken at sharing, so
-- that their private note stays theirs to keep editing; sharing again replaces the copy. Members of the
-- cohort read it only while its author is still a member who joined before sharing it (leaving or being
-- removed hides it, rejoining does not bring it back). A cohort's rows go with the cohort.
CREATE TABLE shared_note (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    cohort_id       BIGINT       NOT NULL,
    user_account_id BIGINT       NOT NULL,
    question_id     BIGINT       NOT NULL,
    body            LONGTEXT     NOT NULL,
    shared_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_shared_note PRIMARY KEY (id),
    CONSTRAINT uq_shared_note UNIQUE (cohort_id, user_account_id, question_id),
    CONSTRAINT fk_shared_note_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_shared_note_user FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT fk_shared_note_question FOREIGN KEY (question_id) REFERENCES question (id)
);
CREATE INDEX ix_shared_note_question ON shared_note (question_id, cohort_id);
CREATE INDEX ix_shared_note_author ON shared_note (user_account_id, question_id);
