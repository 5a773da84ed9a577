-- Runs unchanged on MySQL 8.4, MariaDB 10.11+ and H2 in MySQL mode.
-- Ids come from id_sequence (Hibernate's table generator): IDENTITY would disable insert batching,
-- and MySQL has no sequences. Booleans are BOOLEAN, long text LONGTEXT, so that Hibernate's schema
-- validation agrees on all three databases.

CREATE TABLE id_sequence (
    sequence_name VARCHAR(100) NOT NULL,
    next_val      BIGINT       NOT NULL,
    CONSTRAINT pk_id_sequence PRIMARY KEY (sequence_name)
);

CREATE TABLE page (
    id               BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    doc_id           VARCHAR(255)  NOT NULL,
    path             VARCHAR(500)  NOT NULL,
    title            VARCHAR(500)  NOT NULL,
    sidebar_position INT,
    front_matter     LONGTEXT,
    retired          BOOLEAN       NOT NULL,
    CONSTRAINT pk_page PRIMARY KEY (id),
    CONSTRAINT uk_page_doc_id UNIQUE (doc_id)
);

CREATE TABLE page_tag (
    page_id BIGINT       NOT NULL,
    tag     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_page_tag PRIMARY KEY (page_id, tag),
    CONSTRAINT fk_page_tag_page FOREIGN KEY (page_id) REFERENCES page (id)
);

CREATE TABLE section (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    page_id      BIGINT       NOT NULL,
    slug         VARCHAR(200) NOT NULL,
    title        VARCHAR(500) NOT NULL,
    position     INT          NOT NULL,
    reading_body LONGTEXT,
    retired      BOOLEAN      NOT NULL,
    CONSTRAINT pk_section PRIMARY KEY (id),
    CONSTRAINT uk_section_page_slug UNIQUE (page_id, slug),
    CONSTRAINT fk_section_page FOREIGN KEY (page_id) REFERENCES page (id)
);

CREATE TABLE question (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    question_key    VARCHAR(255) NOT NULL,
    section_id      BIGINT       NOT NULL,
    display_number  VARCHAR(20),
    title           VARCHAR(500) NOT NULL,
    answer          LONGTEXT     NOT NULL,
    content_hash    VARCHAR(64)  NOT NULL,
    content_version INT          NOT NULL,
    position        INT          NOT NULL,
    source_path     VARCHAR(500) NOT NULL,
    source_line     INT          NOT NULL,
    retired         BOOLEAN      NOT NULL,
    CONSTRAINT pk_question PRIMARY KEY (id),
    CONSTRAINT uk_question_key UNIQUE (question_key),
    CONSTRAINT fk_question_section FOREIGN KEY (section_id) REFERENCES section (id)
);
CREATE INDEX ix_question_section_position ON question (section_id, position);

CREATE TABLE question_revision (
    id              BIGINT       NOT NULL,
    question_id     BIGINT       NOT NULL,
    content_version INT          NOT NULL,
    title           VARCHAR(500) NOT NULL,
    answer          LONGTEXT     NOT NULL,
    content_hash    VARCHAR(64)  NOT NULL,
    recorded_at     TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_question_revision PRIMARY KEY (id),
    CONSTRAINT uk_question_revision UNIQUE (question_id, content_version),
    CONSTRAINT fk_question_revision_question FOREIGN KEY (question_id) REFERENCES question (id)
);

CREATE TABLE user_account (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    email         VARCHAR(254),
    password_hash VARCHAR(255) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    locked        BOOLEAN      NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username)
);

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role            VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_account_role PRIMARY KEY (user_account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);
