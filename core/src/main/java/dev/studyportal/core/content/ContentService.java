package dev.studyportal.core.content;

import dev.studyportal.core.access.SignedIn;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the question bank for learners: sections, questions, answers. Only active content is listed.
 * The bank is for people who have signed in ({@link SignedIn}), whichever question id they ask for;
 * only its totals are open to anyone.
 */
@Service
@Transactional(readOnly = true)
public class ContentService {

    private final PageRepository pages;
    private final SectionRepository sections;
    private final QuestionRepository questions;
    private final QuestionRevisionRepository revisions;

    ContentService(
            PageRepository pages,
            SectionRepository sections,
            QuestionRepository questions,
            QuestionRevisionRepository revisions) {
        this.pages = pages;
        this.sections = sections;
        this.questions = questions;
        this.revisions = revisions;
    }

    /** Every active section in reading order, with its number of active questions. */
    @SignedIn
    public List<SectionSummary> sections() {
        return sections.findActiveSummaries();
    }

    /** A question by id, retired ones included: a bookmark to a retired question still opens. */
    @SignedIn
    public Optional<QuestionDetail> question(long id) {
        return questions.findDetail(id);
    }

    /** How the question read at an earlier version, to show what changed since. */
    @SignedIn
    public Optional<QuestionContent> contentAt(long questionId, int contentVersion) {
        return revisions.find(questionId, contentVersion).map(r -> new QuestionContent(r.getTitle(), r.getAnswer()));
    }

    /**
     * Open to anyone: the importer reports them for an unchanged bank, also where nobody is signed in
     * (the command line, the portal's start-up and schedule).
     */
    public ContentTotals totals() {
        return new ContentTotals(pages.countByRetiredFalse(), sections.countActive(), questions.countByRetiredFalse());
    }
}
