-- Assignments: a question set handed to a cohort with a due date. The due date is a calendar day read in
-- the cohort's time zone (due at the end of that day there), so it is stored as the day chosen, not as an
-- instant that would go stale if the cohort's zone were corrected.

CREATE TABLE assignment (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    cohort_id   BIGINT        NOT NULL,
    set_id      BIGINT        NOT NULL,
    due_date    DATE          NOT NULL,
    note        VARCHAR(1000),
    assigned_at TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_assignment PRIMARY KEY (id),
    CONSTRAINT fk_assignment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_assignment_set FOREIGN KEY (set_id) REFERENCES question_set (id)
);
CREATE INDEX ix_assignment_cohort ON assignment (cohort_id, due_date);
CREATE INDEX ix_assignment_set ON assignment (set_id);

-- A learner's plan may take in assignments beside its pages, sections and tags (the seam V15 left): the
-- plan then covers the set's questions for as long as the learner is in the assignment's cohort.
CREATE TABLE study_plan_assignment (
    plan_id       BIGINT NOT NULL,
    assignment_id BIGINT NOT NULL,
    CONSTRAINT pk_study_plan_assignment PRIMARY KEY (plan_id, assignment_id),
    CONSTRAINT fk_study_plan_assignment_plan FOREIGN KEY (plan_id) REFERENCES study_plan (id),
    CONSTRAINT fk_study_plan_assignment_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
);
CREATE INDEX ix_study_plan_assignment_assignment ON study_plan_assignment (assignment_id, plan_id);

-- Class analytics read the ratings of one set's questions by one cohort's members since a day: question
-- first (a set is a few hundred rows of the bank), then the member, then time, with the rating and the undo
-- mark in the index so that the completion and Again-share aggregates never touch the table's rows.
CREATE INDEX ix_review_log_assignment ON review_log (question_id, user_account_id, reviewed_at, undone_at, rating);
