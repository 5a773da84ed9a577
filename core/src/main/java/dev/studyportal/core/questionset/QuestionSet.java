package dev.studyportal.core.questionset;

import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An author's ordered selection of questions, reused across the cohorts they teach. It holds questions by
 * their row, which the importer keeps through edits, renumbering and moves; a question retired from the bank
 * stays in the set (shown as retired) so that an assignment's history still adds up. No question appears
 * twice, and a set never grows past {@link #MAXIMUM_SIZE}.
 */
@Entity
@Table(name = "question_set")
public class QuestionSet extends AbstractEntity {

    public static final int NAME_LENGTH = 100;
    public static final int DESCRIPTION_LENGTH = 1000;
    /** Large enough for any course's bank section, small enough that a matrix over it stays readable. */
    public static final int MAXIMUM_SIZE = 500;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount author;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(length = DESCRIPTION_LENGTH)
    private @Nullable String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "question_set_item", joinColumns = @JoinColumn(name = "set_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_id", nullable = false)
    private List<Long> questionIds = new ArrayList<>();

    protected QuestionSet() {}

    public QuestionSet(UserAccount author, String name, @Nullable String description, Instant createdAt) {
        this.author = Objects.requireNonNull(author, "author");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = createdAt;
        this.name = "";
        describe(name, description);
    }

    /** Takes a checked name and description; the service words the messages for people. */
    public void describe(String name, @Nullable String description) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("A set needs a name of 1 to " + NAME_LENGTH + " characters");
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("A set's description has at most " + DESCRIPTION_LENGTH + " characters");
        }
        this.name = trimmed;
        this.description = text;
    }

    /**
     * Makes the set hold exactly these questions in this order; a question named twice keeps its first place.
     *
     * @throws IllegalArgumentException when that would be more than {@link #MAXIMUM_SIZE} questions
     */
    public void arrange(Collection<Long> orderedQuestionIds) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(orderedQuestionIds));
        if (distinct.size() > MAXIMUM_SIZE) {
            throw new IllegalArgumentException("A set holds at most " + MAXIMUM_SIZE + " questions");
        }
        questionIds.clear();
        questionIds.addAll(distinct);
    }

    /** Records when the author last changed the set, for their list of sets. */
    public void changedAt(Instant at) {
        updatedAt = Objects.requireNonNull(at, "at");
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The questions in the set's order, retired ones included. */
    public List<Long> questionIds() {
        return List.copyOf(questionIds);
    }

    public int size() {
        return questionIds.size();
    }
}
