package dev.studyportal.core.note;

import dev.studyportal.core.account.UserAccount;
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
 * A learner's own Markdown note on a question, which only they read. Sharing it with a cohort makes a copy (a
 * {@link SharedNote}) that the author withdraws on its own; the note itself never changes who may read it.
 */
@Entity
@Table(name = "note")
public class Note extends AbstractEntity {

    public static final int MAX_LENGTH = 20_000;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount author;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Column(nullable = false)
    private String body = "";

    /*
     * Written, never read: the column (V2) is NOT NULL without a default, so an insert that left it out would fail
     * on MariaDB and H2 alike, and dropping it needs a migration of its own. Every note is private, so it says so.
     */
    @Column(name = "visibility", nullable = false, updatable = false, length = 10)
    private String privateVisibility = "PRIVATE";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Note() {
        updatedAt = Instant.EPOCH;
    }

    public Note(UserAccount author, Question question, Instant at) {
        this.author = Objects.requireNonNull(author, "author");
        this.question = Objects.requireNonNull(question, "question");
        this.updatedAt = at;
    }

    /** @return whether the text changed */
    public boolean rewrite(String body, Instant at) {
        if (body.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A note is at most " + MAX_LENGTH + " characters; this one has " + body.length());
        }
        if (this.body.equals(body)) {
            return false;
        }
        this.body = body;
        this.updatedAt = at;
        return true;
    }

    public Question getQuestion() {
        return question;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
