-- A word index over question titles and answers: prefix searches on it use an index on MySQL,
-- MariaDB and H2 alike, where LIKE '%word%' over LONGTEXT would scan every answer.
-- V4 fills it for questions imported before it existed; the importer keeps it current.
CREATE TABLE question_term (
    question_id BIGINT      NOT NULL,
    term        VARCHAR(64) NOT NULL,
    CONSTRAINT pk_question_term PRIMARY KEY (question_id, term),
    CONSTRAINT fk_question_term_question FOREIGN KEY (question_id) REFERENCES question (id)
);
CREATE INDEX ix_question_term_term ON question_term (term, question_id);
