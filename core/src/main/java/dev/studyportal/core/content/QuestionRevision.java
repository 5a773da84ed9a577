package dev.studyportal.core.content;

import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One version of a question's content, kept so learners can see what changed since they last reviewed. */
@Entity
@Table(name = "question_revision")
public class QuestionRevision extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Column(name = "content_version", nullable = false, updatable = false)
    private int contentVersion;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String answer;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected QuestionRevision() {
        title = answer = contentHash = "";
        recordedAt = Instant.EPOCH;
    }

    /** Records the question as it reads now. */
    public static QuestionRevision of(Question question, Instant recordedAt) {
        QuestionRevision revision = new QuestionRevision();
        revision.question = Objects.requireNonNull(question, "question");
        revision.contentVersion = question.getContentVersion();
        revision.title = question.getTitle();
        revision.answer = question.getAnswer();
        revision.contentHash = question.getContentHash();
        revision.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        return revision;
    }

    public Question getQuestion() {
        return question;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public String getTitle() {
        return title;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
