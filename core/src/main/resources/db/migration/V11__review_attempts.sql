-- The showing of a card in the review queue that a rating answers. When the database goes away
-- after a rating was committed but before the reply arrived, the learner's retry carries the same
-- attempt and is recognised, so the rating is stored exactly once. Older ratings have none.
ALTER TABLE review_log ADD COLUMN attempt_id CHAR(36);
CREATE UNIQUE INDEX uk_review_log_attempt ON review_log (attempt_id);
