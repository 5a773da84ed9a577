package dev.studyportal.bench;

import dev.studyportal.core.content.QuestionContent;
import dev.studyportal.core.content.SearchTerms;
import dev.studyportal.importer.parse.ParsedBank;
import dev.studyportal.importer.parse.ParsedPage;
import dev.studyportal.importer.parse.ParsedQuestion;
import dev.studyportal.importer.parse.ParsedSection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The floor of a first sync: the rows a first sync writes (pages and their tags, sections, questions
 * and their search terms, first revisions), inserted with plain JDBC batches in one transaction into
 * the real tables, with ids counted up in memory. It computes what the rows need (content hash,
 * search terms) as the importer does, so the difference to the importer is the cost of getting
 * them there through JPA.
 */
final class JdbcFloor {

    private static final int BATCH = 1_000;

    private final List<Object[]> pages = new ArrayList<>();
    private final List<Object[]> tags = new ArrayList<>();
    private final List<Object[]> sections = new ArrayList<>();
    private final List<Object[]> questions = new ArrayList<>();
    private final List<Object[]> terms = new ArrayList<>();
    private final List<Object[]> revisions = new ArrayList<>();

    /** How many rows went into each table. */
    record Rows(int pages, int tags, int sections, int questions, int terms, int revisions) {

        int total() {
            return pages + tags + sections + questions + terms + revisions;
        }

        @Override
        public String toString() {
            return String.format(
                    "%d rows: %d pages, %d tags, %d sections, %d questions, %d search terms, %d revisions",
                    total(), pages, tags, sections, questions, terms, revisions);
        }
    }

    private JdbcFloor(ParsedBank bank, Instant now) {
        long nextId = 1;
        int order = 0;
        Timestamp recordedAt = Timestamp.from(now);
        for (ParsedPage page : bank.pages()) {
            long pageId = nextId++;
            pages.add(new Object[] {
                pageId,
                0L,
                page.docId(),
                page.path(),
                page.title(),
                page.sidebarPosition(),
                page.frontMatter(),
                page.customEditUrl(),
                false
            });
            page.tags().forEach(tag -> tags.add(new Object[] {pageId, tag}));
            for (ParsedSection section : page.sections()) {
                long sectionId = nextId++;
                sections.add(new Object[] {
                    sectionId,
                    0L,
                    pageId,
                    section.slug(),
                    section.title(),
                    section.position(),
                    section.readingBody(),
                    false
                });
                for (ParsedQuestion question : section.questions()) {
                    long questionId = nextId++;
                    QuestionContent content = new QuestionContent(question.title(), question.answer());
                    String hash = content.hash();
                    questions.add(new Object[] {
                        questionId,
                        0L,
                        question.key().value(),
                        sectionId,
                        question.displayNumber(),
                        content.title(),
                        content.answer(),
                        hash,
                        1,
                        order++,
                        page.path(),
                        question.line(),
                        false
                    });
                    Set<String> words = SearchTerms.of(content.title(), content.answer());
                    words.forEach(term -> terms.add(new Object[] {questionId, term}));
                    revisions.add(
                            new Object[] {nextId++, questionId, 1, content.title(), content.answer(), hash, recordedAt
                            });
                }
            }
        }
    }

    /** Inserts the bank into the empty content tables of {@code connection}'s database and commits. */
    static Rows insert(Connection connection, ParsedBank bank, Instant now) throws SQLException {
        JdbcFloor floor = new JdbcFloor(bank, now);
        connection.setAutoCommit(false);
        // In foreign-key order, table by table, so that no batch refers to a row not yet written.
        floor.write(
                connection,
                "INSERT INTO page (id, version, doc_id, path, title, sidebar_position, front_matter,"
                        + " custom_edit_url, retired) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                floor.pages);
        floor.write(connection, "INSERT INTO page_tag (page_id, tag) VALUES (?, ?)", floor.tags);
        floor.write(
                connection,
                "INSERT INTO section (id, version, page_id, slug, title, position, reading_body, retired)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                floor.sections);
        floor.write(
                connection,
                "INSERT INTO question (id, version, question_key, section_id, display_number, title,"
                        + " answer, content_hash, content_version, position, source_path, source_line, retired)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                floor.questions);
        floor.write(connection, "INSERT INTO question_term (question_id, term) VALUES (?, ?)", floor.terms);
        floor.write(
                connection,
                "INSERT INTO question_revision (id, question_id, content_version, title, answer,"
                        + " content_hash, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                floor.revisions);
        connection.commit();
        return new Rows(
                floor.pages.size(),
                floor.tags.size(),
                floor.sections.size(),
                floor.questions.size(),
                floor.terms.size(),
                floor.revisions.size());
    }

    private void write(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        insert.setNull(i + 1, Types.VARCHAR);
                    } else {
                        insert.setObject(i + 1, row[i]);
                    }
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
