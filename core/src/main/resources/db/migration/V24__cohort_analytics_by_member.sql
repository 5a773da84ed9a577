-- Class analytics read a cohort's ratings member by member: each member's ratings since a moment (the
-- assignment, or 90 days back for the share of Again), that were not undone, with the question and the
-- rating in the index so that the aggregates never touch the table's rows. V22's ix_review_log_assignment
-- (question first) made them probe once per member and question: 20,000 probes for a cohort of 200 on a
-- 100-question set, where this reads the few ratings each member gave since then in one range.
-- A summary table per learner, question and day was measured against it and rejected: ratings of one
-- question by one learner rarely share a day, so it held as many rows as the log (docs/benchmarks.md).
CREATE INDEX ix_review_log_member_question ON review_log (user_account_id, undone_at, reviewed_at, question_id, rating);
