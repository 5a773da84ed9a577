-- A card remembers, besides its FSRS state, when it was last rated Good or Easy, when last Again or Hard, and
-- how many of its ratings were Again. Class analytics of an assignment that is not yet due read these from
-- the cohort's cards (one row per member and question) instead of every rating since the assignment: before
-- the due moment every rating so far counts, so the latest of each kind is all the completion rule needs
-- (AssignmentQueries.CARD_PROGRESS). The review log stays the record; these are kept with each rating and undo
-- (CardReviews) and are filled here from the log for the cards that exist.
ALTER TABLE card_state ADD COLUMN agains INT NOT NULL DEFAULT 0;
ALTER TABLE card_state ADD COLUMN last_good_at TIMESTAMP(6) NULL;
ALTER TABLE card_state ADD COLUMN last_bad_at TIMESTAMP(6) NULL;

UPDATE card_state SET
    agains = (SELECT COUNT(*) FROM review_log l
              WHERE l.user_account_id = card_state.user_account_id AND l.question_id = card_state.question_id
                AND l.undone_at IS NULL AND l.rating = 'AGAIN'),
    last_good_at = (SELECT MAX(l.reviewed_at) FROM review_log l
                    WHERE l.user_account_id = card_state.user_account_id AND l.question_id = card_state.question_id
                      AND l.undone_at IS NULL AND l.rating IN ('GOOD', 'EASY')),
    last_bad_at = (SELECT MAX(l.reviewed_at) FROM review_log l
                   WHERE l.user_account_id = card_state.user_account_id AND l.question_id = card_state.question_id
                     AND l.undone_at IS NULL AND l.rating IN ('AGAIN', 'HARD'))
WHERE card_state.reps > 0;

-- The cohort's cards with every figure the analytics aggregate, so that they are read from the index alone:
-- a range per member (the members and the set's questions come as constants, as for V24).
CREATE INDEX ix_card_state_cohort ON card_state (user_account_id, question_id, reps, phase, stability, due_at,
                                                 last_review_at, lapses, agains, last_good_at, last_bad_at);
