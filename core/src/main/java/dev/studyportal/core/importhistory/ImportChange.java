package dev.studyportal.core.importhistory;

import dev.studyportal.core.content.Question;
import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What one run did to one question: its key, title, place and version before and after. */
@Entity
@Table(name = "import_change")
public class ImportChange extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false, updatable = false)
    private ImportRun run;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    // The same column read as a number: views of the history need the id without loading the question.
    @Column(name = "question_id", insertable = false, updatable = false)
    private @Nullable Long questionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, updatable = false)
    private ChangeKind kind;

    @Column(name = "key_before", updatable = false)
    private @Nullable String keyBefore;

    @Column(name = "key_after", nullable = false, updatable = false)
    private String keyAfter;

    @Column(name = "title_before", updatable = false)
    private @Nullable String titleBefore;

    @Column(name = "title_after", nullable = false, updatable = false)
    private String titleAfter;

    @Column(name = "location_before", updatable = false)
    private @Nullable String locationBefore;

    @Column(name = "location_after", nullable = false, updatable = false)
    private String locationAfter;

    @Column(name = "version_before", updatable = false)
    private @Nullable Integer versionBefore;

    @Column(name = "version_after", nullable = false, updatable = false)
    private int versionAfter;

    protected ImportChange() {
        kind = ChangeKind.ADDED;
        keyAfter = titleAfter = locationAfter = "";
    }

    /** @param before the question before the run; null only for an added question */
    public ImportChange(
            ImportRun run,
            Question question,
            ChangeKind kind,
            @Nullable QuestionSnapshot before,
            QuestionSnapshot after) {
        if ((before == null) != (kind == ChangeKind.ADDED)) {
            throw new IllegalArgumentException("Every change but an addition has a before side");
        }
        this.run = Objects.requireNonNull(run, "run");
        this.question = Objects.requireNonNull(question, "question");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (before != null) {
            keyBefore = before.key();
            titleBefore = before.title();
            locationBefore = before.location();
            versionBefore = before.version();
        }
        keyAfter = after.key();
        titleAfter = after.title();
        locationAfter = after.location();
        versionAfter = after.version();
    }

    public ChangeKind getKind() {
        return kind;
    }

    public long questionId() {
        return questionId != null ? questionId : question.id();
    }

    public @Nullable QuestionSnapshot before() {
        return keyBefore == null || titleBefore == null || locationBefore == null || versionBefore == null
                ? null
                : new QuestionSnapshot(keyBefore, titleBefore, locationBefore, versionBefore);
    }

    public QuestionSnapshot after() {
        return new QuestionSnapshot(keyAfter, titleAfter, locationAfter, versionAfter);
    }
}
