-- The dashboard's aggregates read one learner's rows from indexes alone (EXPLAIN on MariaDB says
-- "Using index"), however long the history and whatever else the rows hold.
-- Ratings per day: the learner's ratings that were not undone, with what true retention and time spent
-- need. The older (user_account_id, reviewed_at) index stays for the daily limits.
CREATE INDEX ix_review_log_dashboard ON review_log (user_account_id, undone_at, reviewed_at, phase_before, rating, duration_ms);
-- Mastery per section and the due forecast: a learner's cards with their status and due time.
CREATE INDEX ix_card_state_dashboard ON card_state (user_account_id, question_id, reps, phase, stability, due_at);
-- Active questions per section are read from V15's ix_question_section_retired (section_id, retired,
-- position), made for plans in the same release.
