-- The dashboard keeps the questions per section between learners and reads them again only when the bank has
-- changed, which it tells from each content table's row count, sum of optimistic-lock versions and sum of ids
-- (DashboardQueries.BANK_VERSION, see BankSections). These indexes hold exactly those columns (InnoDB adds the
-- primary key to every index), so the check reads small index entries rather than rows with their Markdown.
CREATE INDEX ix_page_version ON page (version);
CREATE INDEX ix_section_version ON section (version);
CREATE INDEX ix_question_version ON question (version);
