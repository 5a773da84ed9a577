package dev.studyportal.importer.sync;

import dev.studyportal.core.content.Page;
import dev.studyportal.core.content.PageCategory;
import dev.studyportal.core.content.PageDescription;
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
import dev.studyportal.core.importhistory.ChangeKind;
import dev.studyportal.core.importhistory.ImportChange;
import dev.studyportal.core.importhistory.ImportRun;
import dev.studyportal.core.importhistory.QuestionSnapshot;
import dev.studyportal.importer.parse.ParsedCategory;
import dev.studyportal.importer.parse.ParsedPage;
import dev.studyportal.importer.parse.ParsedQuestion;
import dev.studyportal.importer.parse.ParsedSection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One sync, inside its transaction. Questions are recognised in two passes: by key (an explicit
 * heading id, or the page's doc id and the title), then, among the questions left over on both
 * sides, by {@link QuestionPairing similarity}, so that a reworded title or a move to another
 * section or page keeps the question and the progress on it. Only what is still unmatched is added
 * or retired. Sections are recognised by slug, or by position on their page when renamed.
 */
final class SyncRun {

    private final PageRepository pages;
    private final SectionRepository sections;
    private final QuestionRepository questions;
    private final QuestionRevisionRepository revisions;
    private final BankSynchronizer.LeftAlone leftAlone;
    private final Instant now;
    private final SyncProgress progress;

    private final Map<String, Page> pagesByDocId;
    // Entities hash alike per class (their ids come late), so they are kept by identity here: one
    // persistence context holds one instance per row, and a bank has thousands of them.
    private final Map<Page, List<Section>> sectionsByPage = new IdentityHashMap<>();
    private final Map<QuestionKey, Question> questionsByKey;
    private final Set<Page> keptPages = identitySet();
    private final Set<Section> keptSections = identitySet();
    private final Set<Question> keptQuestions = identitySet();
    private final List<Recorded> changes = new ArrayList<>();

    SyncRun(
            PageRepository pages,
            SectionRepository sections,
            QuestionRepository questions,
            QuestionRevisionRepository revisions,
            BankSynchronizer.LeftAlone leftAlone,
            Instant now,
            SyncProgress progress) {
        this.pages = pages;
        this.sections = sections;
        this.questions = questions;
        this.revisions = revisions;
        this.leftAlone = leftAlone;
        this.now = now;
        this.progress = progress;
        this.pagesByDocId = pages.findAll().stream().collect(Collectors.toMap(Page::getDocId, Function.identity()));
        for (Section section : sections.findAll()) {
            sectionsByPage
                    .computeIfAbsent(section.getPage(), page -> new ArrayList<>())
                    .add(section);
        }
        this.questionsByKey =
                questions.findAll().stream().collect(Collectors.toMap(Question::getKey, Function.identity()));
    }

    /** What the run did; the counts are of what is active afterwards. */
    record Outcome(int pages, int sections, int questions, List<Recorded> recorded) {

        List<QuestionChange> changes() {
            return recorded.stream().map(Recorded::change).toList();
        }

        List<ImportChange> changeRecords(ImportRun run) {
            return recorded.stream()
                    .map(r -> new ImportChange(
                            run,
                            r.question(),
                            r.change().change(),
                            r.change().before(),
                            r.change().after()))
                    .toList();
        }
    }

    /** A change together with the row it happened to, so the run history can point at the question. */
    record Recorded(Question question, QuestionChange change) {}

    Outcome apply(List<ParsedPage> bank) {
        List<Placed> placed = place(
                bank.stream().filter(page -> !leftAlone.contains(page.path())).toList());
        Map<Placed, Question> matched = match(placed);
        for (Placed question : placed) {
            Question existing = matched.get(question);
            if (existing == null) {
                add(question);
            } else {
                update(existing, question);
            }
        }
        retireWhatLeft();
        return new Outcome(activePages(), activeSections(), activeQuestions(), List.copyOf(changes));
    }

    /** Pages and sections first, so every new question knows where it goes. */
    private List<Placed> place(List<ParsedPage> bank) {
        List<Placed> placed = new ArrayList<>();
        int order = 0;
        for (int i = 0; i < bank.size(); i++) {
            ParsedPage parsedPage = bank.get(i);
            progress.update("Syncing pages", i, bank.size());
            Page page = page(parsedPage);
            List<Section> pageSections = sections(page, parsedPage.sections());
            for (int s = 0; s < parsedPage.sections().size(); s++) {
                for (ParsedQuestion question : parsedPage.sections().get(s).questions()) {
                    placed.add(new Placed(parsedPage, pageSections.get(s), question, order++));
                }
            }
        }
        progress.update("Syncing pages", bank.size(), bank.size());
        return placed;
    }

    private Page page(ParsedPage parsed) {
        PageDescription description = new PageDescription(
                parsed.path(),
                parsed.title(),
                parsed.sidebarPosition(),
                parsed.frontMatter(),
                parsed.customEditUrl(),
                parsed.tags(),
                category(parsed),
                parsed.categoryIndex(),
                parsed.sidebarLabel(),
                parsed.slug(),
                parsed.unlisted());
        Page page = pagesByDocId.get(parsed.docId());
        if (page == null) {
            // Described before it is saved, so that it is inserted whole rather than inserted and updated.
            Page fresh = new Page(parsed.docId(), parsed.path(), parsed.title());
            fresh.describe(description);
            page = pages.save(fresh);
            pagesByDocId.put(parsed.docId(), page);
        } else {
            page.describe(description);
        }
        keptPages.add(page);
        return page;
    }

    /** The root's label is the name of whatever folder the bank was read from, which says nothing: none is stored. */
    private static PageCategory category(ParsedPage parsed) {
        ParsedCategory category = parsed.category();
        return category.path().isEmpty()
                ? PageCategory.ROOT
                : new PageCategory(category.path(), category.label(), category.position());
    }

    /** The page's sections in the parsed order: found by slug, else a renamed one at the same position, else new. */
    private List<Section> sections(Page page, List<ParsedSection> parsed) {
        List<Section> existing = sectionsByPage.computeIfAbsent(page, p -> new ArrayList<>());
        Section[] result = new Section[parsed.size()];
        Set<Section> taken = identitySet();
        for (int i = 0; i < parsed.size(); i++) {
            String slug = parsed.get(i).slug();
            for (Section section : existing) {
                if (section.getSlug().equals(slug)) {
                    result[i] = section;
                    taken.add(section);
                }
            }
        }
        Set<String> slugs = parsed.stream().map(ParsedSection::slug).collect(Collectors.toSet());
        for (int i = 0; i < parsed.size(); i++) {
            if (result[i] != null) {
                continue;
            }
            ParsedSection want = parsed.get(i);
            Section renamed = existing.stream()
                    .filter(section -> !taken.contains(section) && !section.isRetired())
                    .filter(section -> section.getPosition() == want.position() && !slugs.contains(section.getSlug()))
                    .findFirst()
                    .orElse(null);
            if (renamed != null) {
                renamed.reslug(want.slug());
                result[i] = renamed;
            } else {
                Section fresh = new Section(page, want.slug(), want.title(), want.position());
                fresh.describe(want.title(), want.position(), want.readingBody());
                result[i] = sections.save(fresh);
                existing.add(result[i]);
            }
            taken.add(result[i]);
        }
        for (int i = 0; i < parsed.size(); i++) {
            result[i].describe(
                    parsed.get(i).title(),
                    parsed.get(i).position(),
                    parsed.get(i).readingBody());
            keptSections.add(result[i]);
        }
        return List.of(result);
    }

    /** By key first; then the leftovers on both sides by similarity. */
    private Map<Placed, Question> match(List<Placed> placed) {
        Map<Placed, Question> matched = new IdentityHashMap<>();
        Set<Question> claimed = identitySet();
        List<QuestionPairing.Candidate<Placed>> unmatchedNew = new ArrayList<>();
        for (Placed question : placed) {
            Question existing = questionsByKey.get(question.parsed().key());
            if (existing != null) {
                matched.put(question, existing);
                claimed.add(existing);
            } else {
                unmatchedNew.add(new QuestionPairing.Candidate<>(
                        question, question.parsed().title(), question.parsed().answer()));
            }
        }
        List<QuestionPairing.Candidate<Question>> unmatchedOld = questionsByKey.values().stream()
                .filter(question -> !claimed.contains(question) && !isFrozen(question))
                .map(question -> new QuestionPairing.Candidate<>(question, question.getTitle(), question.getAnswer()))
                .toList();
        for (var pair : QuestionPairing.pair(unmatchedOld, unmatchedNew)) {
            matched.put(pair.fresh(), pair.old());
        }
        return matched;
    }

    private void add(Placed placed) {
        ParsedQuestion parsed = placed.parsed();
        Question question = questions.save(new Question(
                parsed.key(),
                placed.section(),
                new QuestionContent(parsed.title(), parsed.answer()),
                placed.placement()));
        revisions.save(QuestionRevision.of(question, now));
        questionsByKey.put(parsed.key(), question);
        keptQuestions.add(question);
        changes.add(new Recorded(
                question, new QuestionChange(ChangeKind.ADDED, null, snapshot(question), null, question.getAnswer())));
    }

    private void update(Question question, Placed placed) {
        QuestionSnapshot before = snapshot(question);
        String answerBefore = question.getAnswer();
        ParsedQuestion parsed = placed.parsed();
        boolean revived = question.revive();
        boolean rekeyed = question.rekey(parsed.key());
        boolean rewritten = question.rewrite(new QuestionContent(parsed.title(), parsed.answer()));
        boolean moved = question.moveTo(placed.section());
        question.place(placed.placement());
        if (rewritten) {
            revisions.save(QuestionRevision.of(question, now));
        }
        keptQuestions.add(question);
        ChangeKind kind = revived
                ? ChangeKind.REVIVED
                : rewritten ? ChangeKind.UPDATED : moved || rekeyed ? ChangeKind.MOVED : null;
        if (kind != null) {
            changes.add(new Recorded(
                    question,
                    new QuestionChange(kind, before, snapshot(question), answerBefore, question.getAnswer())));
        }
    }

    private void retireWhatLeft() {
        for (Question question : questionsByKey.values()) {
            if (!keptQuestions.contains(question) && !isFrozen(question)) {
                QuestionSnapshot before = snapshot(question);
                if (question.retire()) {
                    changes.add(new Recorded(
                            question,
                            new QuestionChange(
                                    ChangeKind.RETIRED,
                                    before,
                                    snapshot(question),
                                    question.getAnswer(),
                                    question.getAnswer())));
                }
            }
        }
        sectionsByPage.forEach((page, pageSections) -> pageSections.stream()
                .filter(section -> !keptSections.contains(section) && !leftAlone.contains(page))
                .forEach(Section::retire));
        pagesByDocId.values().stream()
                .filter(page -> !keptPages.contains(page) && !leftAlone.contains(page))
                .forEach(Page::retire);
    }

    /** A question of a file that failed to parse in a partial run, or outside the run's scope: left exactly as it was. */
    private boolean isFrozen(Question question) {
        return leftAlone.contains(question.getSourcePath());
    }

    private int activePages() {
        return (int)
                pagesByDocId.values().stream().filter(page -> !page.isRetired()).count();
    }

    private int activeSections() {
        return (int) sectionsByPage.values().stream()
                .flatMap(List::stream)
                .filter(section -> !section.isRetired())
                .count();
    }

    private int activeQuestions() {
        return (int) questionsByKey.values().stream()
                .filter(question -> !question.isRetired())
                .count();
    }

    private static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static QuestionSnapshot snapshot(Question question) {
        Section section = question.getSection();
        return new QuestionSnapshot(
                question.getKey().value(),
                question.getTitle(),
                section.getPage().getPath() + " › " + section.getTitle(),
                question.getContentVersion());
    }

    /** A parsed question with the section it goes to and its place in the bank's order. */
    private record Placed(ParsedPage page, Section section, ParsedQuestion parsed, int order) {

        QuestionPlacement placement() {
            return new QuestionPlacement(parsed.displayNumber(), order, page.path(), parsed.line());
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
