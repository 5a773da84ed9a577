-- Study plans: a learner's named scope of the bank (pages, sections and page tags, any mix), a start,
-- an optional interview date and a daily new-question budget (null: derived from the date).
-- The scope is stored as what the learner chose, not as a list of questions, so that questions added
-- to a page in scope join the plan and retired ones leave it while their reviews stay in review_log.
-- Question sets and assignments join the scope as two more tables of the same shape once cohorts land.

CREATE TABLE study_plan (
    id               BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    user_account_id  BIGINT       NOT NULL,
    name             VARCHAR(100) NOT NULL,
    start_date       DATE         NOT NULL,
    interview_date   DATE,
    daily_new_budget INT,
    archived         BOOLEAN      NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_study_plan PRIMARY KEY (id),
    CONSTRAINT fk_study_plan_user FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_study_plan_user ON study_plan (user_account_id, archived);

CREATE TABLE study_plan_page (
    plan_id BIGINT NOT NULL,
    page_id BIGINT NOT NULL,
    CONSTRAINT pk_study_plan_page PRIMARY KEY (plan_id, page_id),
    CONSTRAINT fk_study_plan_page_plan FOREIGN KEY (plan_id) REFERENCES study_plan (id),
    CONSTRAINT fk_study_plan_page_page FOREIGN KEY (page_id) REFERENCES page (id)
);

CREATE TABLE study_plan_section (
    plan_id    BIGINT NOT NULL,
    section_id BIGINT NOT NULL,
    CONSTRAINT pk_study_plan_section PRIMARY KEY (plan_id, section_id),
    CONSTRAINT fk_study_plan_section_plan FOREIGN KEY (plan_id) REFERENCES study_plan (id),
    CONSTRAINT fk_study_plan_section_section FOREIGN KEY (section_id) REFERENCES section (id)
);

CREATE TABLE study_plan_tag (
    plan_id BIGINT       NOT NULL,
    tag     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_study_plan_tag PRIMARY KEY (plan_id, tag),
    CONSTRAINT fk_study_plan_tag_plan FOREIGN KEY (plan_id) REFERENCES study_plan (id)
);

-- Readiness and the plan queue resolve a scope from the tag side (tag -> pages), read a learner's
-- cards of the scope's questions in one pass, and take the median answer time from their latest
-- ratings; these keep each of those an index range rather than a scan.
CREATE INDEX ix_page_tag_tag ON page_tag (tag, page_id);
CREATE INDEX ix_card_state_question_user ON card_state (question_id, user_account_id);
CREATE INDEX ix_question_section_retired ON question (section_id, retired, position);
