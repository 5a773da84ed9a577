-- Cohorts and question sets: the groups people study in and the ordered selections of questions an
-- instructor hands them. Invites, sharing, assignments and the rest build on these in later migrations.

CREATE TABLE cohort (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    description VARCHAR(1000),
    time_zone   VARCHAR(64)   NOT NULL,
    archived    BOOLEAN       NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_cohort PRIMARY KEY (id)
);

-- One row per person in a cohort; their role there (OWNER, INSTRUCTOR, MEMBER) is theirs in this
-- cohort only. Sharing is off until the member turns it on.
CREATE TABLE cohort_member (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    cohort_id       BIGINT       NOT NULL,
    user_account_id BIGINT       NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    sharing         BOOLEAN      NOT NULL,
    joined_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_cohort_member PRIMARY KEY (id),
    CONSTRAINT uq_cohort_member UNIQUE (cohort_id, user_account_id),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_member_user FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_cohort_member_user ON cohort_member (user_account_id, cohort_id);

CREATE TABLE question_set (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    user_account_id BIGINT        NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    description     VARCHAR(1000),
    created_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_question_set PRIMARY KEY (id),
    CONSTRAINT fk_question_set_user FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_question_set_user ON question_set (user_account_id);

-- A set's questions in order. Keyed by position rather than by question: reordering rewrites
-- positions row by row, and a unique (set, question) key would trip over itself mid-way. The entity
-- keeps a question from appearing twice. A set refers to questions by their row, which the importer
-- keeps through edits, renumbering and moves; a retired question stays in the set, shown as retired.
CREATE TABLE question_set_item (
    set_id      BIGINT NOT NULL,
    position    INT    NOT NULL,
    question_id BIGINT NOT NULL,
    CONSTRAINT pk_question_set_item PRIMARY KEY (set_id, position),
    CONSTRAINT fk_question_set_item_set FOREIGN KEY (set_id) REFERENCES question_set (id),
    CONSTRAINT fk_question_set_item_question FOREIGN KEY (question_id) REFERENCES question (id)
);
CREATE INDEX ix_question_set_item_question ON question_set_item (question_id, set_id);
