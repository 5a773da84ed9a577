package dev.studyportal.importer.sync;

import dev.studyportal.core.content.Page;
import dev.studyportal.core.content.PageRepository;
import dev.studyportal.core.content.Question;
import dev.studyportal.core.content.QuestionContent;
import dev.studyportal.core.content.QuestionKey;
import dev.studyportal.core.content.QuestionPlacement;
import dev.studyportal.core.content.QuestionRepository;
import dev.studyportal.core.content.QuestionRevision;
import dev.studyportal.core.content.QuestionRevisionRepository;
import dev.studyportal.core.content.Section;
import dev.studyportal.core.content.SectionRepository;
import dev.studyportal.importer.parse.ParsedBank;
import dev.studyportal.importer.parse.ParsedPage;
import dev.studyportal.importer.parse.ParsedQuestion;
import dev.studyportal.importer.parse.ParsedSection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the database say what the parsed bank says, in one transaction: questions are matched by
 * key, updated in place, retired when they leave the bank and revived when they return, so that
 * learners' progress, which hangs on the question row, is never lost. Nothing is ever deleted.
 * Unchanged input changes no row.
 */
@Service
public class BankSynchronizer {

    private final PageRepository pages;
    private final SectionRepository sections;
    private final QuestionRepository questions;
    private final QuestionRevisionRepository revisions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BankSynchronizer(PageRepository pages, SectionRepository sections, QuestionRepository questions,
                     QuestionRevisionRepository revisions, PlatformTransactionManager transactionManager, Clock clock) {
        this.pages = pages;
        this.sections = sections;
        this.questions = questions;
        this.revisions = revisions;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Applies the bank, or with {@code dryRun} works out the same changes and rolls them back. */
    public SyncReport synchronize(ParsedBank bank, boolean dryRun) {
        if (bank.hasErrors()) {
            return SyncReport.failed(dryRun, bank.errors(), bank.warnings());
        }
        return transaction.execute(status -> {
            SyncReport report = new Run(bank, dryRun, clock.instant()).apply();
            if (dryRun) {
                status.setRollbackOnly();
            }
            return report;
        });
    }

    /** The state of one run: what the database held, and what the bank has been seen to keep. */
    private final class Run {
        private final ParsedBank bank;
        private final boolean dryRun;
        private final Instant now;
        private final Map<String, Page> pagesByDocId;
        private final Map<String, Section> sectionsByPageAndSlug;
        private final Map<QuestionKey, Question> questionsByKey;
        private final Set<Page> keptPages = new HashSet<>();
        private final Set<Section> keptSections = new HashSet<>();
        private final Set<Question> keptQuestions = new HashSet<>();
        private final List<QuestionChange> changes = new ArrayList<>();

        private Run(ParsedBank bank, boolean dryRun, Instant now) {
            this.bank = bank;
            this.dryRun = dryRun;
            this.now = now;
            this.pagesByDocId = pages.findAll().stream().collect(Collectors.toMap(Page::getDocId, Function.identity()));
            this.sectionsByPageAndSlug = new HashMap<>();
            for (Section section : sections.findAll()) {
                sectionsByPageAndSlug.put(sectionKey(section.getPage(), section.getSlug()), section);
            }
            this.questionsByKey = questions.findAll().stream()
                    .collect(Collectors.toMap(Question::getKey, Function.identity()));
        }

        SyncReport apply() {
            int questionCount = 0;
            int sectionCount = 0;
            for (ParsedPage parsedPage : bank.pages()) {
                Page page = page(parsedPage);
                for (ParsedSection parsedSection : parsedPage.sections()) {
                    Section section = section(page, parsedSection);
                    sectionCount++;
                    for (ParsedQuestion parsedQuestion : parsedSection.questions()) {
                        question(parsedPage, section, parsedQuestion, questionCount++);
                    }
                }
            }
            retireWhatLeft();
            return new SyncReport(dryRun, keptPages.size(), sectionCount, questionCount, changes, List.of(),
                    bank.warnings());
        }

        private Page page(ParsedPage parsed) {
            Page page = pagesByDocId.computeIfAbsent(parsed.docId(),
                    docId -> pages.save(new Page(docId, parsed.path(), parsed.title())));
            page.describe(parsed.path(), parsed.title(), parsed.sidebarPosition(), parsed.frontMatter(),
                    parsed.customEditUrl(), parsed.tags());
            keptPages.add(page);
            return page;
        }

        private Section section(Page page, ParsedSection parsed) {
            Section section = sectionsByPageAndSlug.computeIfAbsent(sectionKey(page, parsed.slug()),
                    key -> sections.save(new Section(page, parsed.slug(), parsed.title(), parsed.position())));
            section.describe(parsed.title(), parsed.position(), parsed.readingBody());
            keptSections.add(section);
            return section;
        }

        private void question(ParsedPage page, Section section, ParsedQuestion parsed, int order) {
            QuestionContent content = new QuestionContent(parsed.title(), parsed.answer());
            QuestionPlacement placement = new QuestionPlacement(parsed.displayNumber(), order, page.path(), parsed.line());
            Question question = questionsByKey.get(parsed.key());
            if (question == null) {
                question = questions.save(new Question(parsed.key(), section, content, placement));
                revisions.save(QuestionRevision.of(question, now));
                questionsByKey.put(parsed.key(), question);
                record(question, ChangeKind.ADDED);
            } else {
                boolean revived = question.revive();
                boolean rewritten = question.rewrite(content);
                boolean moved = question.moveTo(section);
                question.place(placement);
                if (rewritten) {
                    revisions.save(QuestionRevision.of(question, now));
                }
                if (revived) {
                    record(question, ChangeKind.REVIVED);
                } else if (rewritten) {
                    record(question, ChangeKind.UPDATED);
                } else if (moved) {
                    record(question, ChangeKind.MOVED);
                }
            }
            keptQuestions.add(question);
        }

        private void retireWhatLeft() {
            questionsByKey.values().stream()
                    .filter(question -> !keptQuestions.contains(question))
                    .filter(Question::retire)
                    .forEach(question -> record(question, ChangeKind.RETIRED));
            sectionsByPageAndSlug.values().stream().filter(section -> !keptSections.contains(section))
                    .forEach(Section::retire);
            pagesByDocId.values().stream().filter(page -> !keptPages.contains(page)).forEach(Page::retire);
        }

        private void record(Question question, ChangeKind kind) {
            changes.add(new QuestionChange(question.getKey().value(), question.getTitle(), kind));
        }

        private static String sectionKey(Page page, String slug) {
            return page.getDocId() + "\n" + slug;
        }
    }
}
