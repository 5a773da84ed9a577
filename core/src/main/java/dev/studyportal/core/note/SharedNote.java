package dev.studyportal.core.note;

import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.cohort.Cohort;
import dev.studyportal.core.content.Question;
import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A learner's note on a question as they shared it with one cohort: a copy of its text taken when they shared
 * it, not the live note. Their own note stays private and theirs to keep editing, half-thoughts included;
 * members read what the author chose to publish, and sharing again replaces the copy.
 */
@Entity
@Table(name = "shared_note")
public class SharedNote extends AbstractEntity {

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount author;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Column(nullable = false)
    private String body;

    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    protected SharedNote() {
        body = "";
        sharedAt = Instant.EPOCH;
    }

    public SharedNote(Cohort cohort, UserAccount author, Question question, String body, Instant at) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.author = Objects.requireNonNull(author, "author");
        this.question = Objects.requireNonNull(question, "question");
        this.body = "";
        this.sharedAt = at;
        reshare(body, at);
    }

    /** Replaces the shared copy with the note as it is now. */
    public void reshare(String text, Instant at) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("An empty note has nothing to share");
        }
        if (text.length() > Note.MAX_LENGTH) {
            throw new IllegalArgumentException("A note is at most " + Note.MAX_LENGTH + " characters");
        }
        this.body = text;
        this.sharedAt = Objects.requireNonNull(at, "at");
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Question getQuestion() {
        return question;
    }

    long getCohortId() {
        return cohort.id();
    }

    public String getBody() {
        return body;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }
}
