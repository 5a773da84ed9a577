-- Import bookkeeping: one row per sync that wrote (or failed), one row per question it changed,
-- so admins can see what each run did and learners' progress can be traced across renames.

CREATE TABLE import_run (
    id             BIGINT        NOT NULL,
    source         VARCHAR(1000) NOT NULL,
    run_trigger    VARCHAR(20)   NOT NULL,
    started_by     VARCHAR(100),
    started_at     TIMESTAMP(6)  NOT NULL,
    finished_at    TIMESTAMP(6)  NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    pages          INT           NOT NULL,
    sections       INT           NOT NULL,
    questions      INT           NOT NULL,
    added          INT           NOT NULL,
    updated        INT           NOT NULL,
    moved          INT           NOT NULL,
    retired        INT           NOT NULL,
    revived        INT           NOT NULL,
    problems       LONGTEXT,
    CONSTRAINT pk_import_run PRIMARY KEY (id)
);
CREATE INDEX ix_import_run_started_at ON import_run (started_at);

CREATE TABLE import_change (
    id              BIGINT       NOT NULL,
    run_id          BIGINT       NOT NULL,
    question_id     BIGINT       NOT NULL,
    change_kind     VARCHAR(20)  NOT NULL,
    key_before      VARCHAR(255),
    key_after       VARCHAR(255) NOT NULL,
    title_before    VARCHAR(500),
    title_after     VARCHAR(500) NOT NULL,
    location_before VARCHAR(1000),
    location_after  VARCHAR(1000) NOT NULL,
    version_before  INT,
    version_after   INT          NOT NULL,
    CONSTRAINT pk_import_change PRIMARY KEY (id),
    CONSTRAINT fk_import_change_run FOREIGN KEY (run_id) REFERENCES import_run (id),
    CONSTRAINT fk_import_change_question FOREIGN KEY (question_id) REFERENCES question (id)
);
CREATE INDEX ix_import_change_question ON import_change (question_id);

-- ShedLock's JDBC lock: one node runs a sync at a time when several share the database.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);

-- Docusaurus page facts the library shows: the category folder a page lives in, whether it is
-- that category's index page, its sidebar label and slug, and whether it is unlisted.
ALTER TABLE page ADD COLUMN category_path VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE page ADD COLUMN category_label VARCHAR(500);
ALTER TABLE page ADD COLUMN category_position DOUBLE;
ALTER TABLE page ADD COLUMN category_index BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE page ADD COLUMN sidebar_label VARCHAR(500);
ALTER TABLE page ADD COLUMN slug VARCHAR(500);
ALTER TABLE page ADD COLUMN unlisted BOOLEAN NOT NULL DEFAULT FALSE;

-- What the bank looked like at the last full sync that applied it: a digest of its files. A run
-- that finds the same digest knows, without parsing, that it has nothing to do.
CREATE TABLE bank_state (
    name        VARCHAR(50)  NOT NULL,
    fingerprint VARCHAR(64)  NOT NULL,
    synced_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_bank_state PRIMARY KEY (name)
);
