package dev.studyportal.core.content;

import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A question and its answer. Learners' progress hangs on this row, so it is never deleted once
 * imported: a question that leaves the bank is retired, and one that comes back is revived with
 * its history. Its content version counts the edits learners are told about.
 */
@Entity
@Table(name = "question")
public class Question extends AbstractEntity {

    @Version
    private long version;

    @Column(name = "question_key", nullable = false)
    private QuestionKey key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private Section section;

    @Column(name = "display_number")
    private @Nullable String displayNumber;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String answer;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "content_version", nullable = false)
    private int contentVersion;

    @Column(nullable = false)
    private int position;

    @Column(name = "source_path", nullable = false)
    private String sourcePath;

    @Column(name = "source_line", nullable = false)
    private int sourceLine;

    @Column(nullable = false)
    private boolean retired;

    // Kept in step with title and answer, so search can use an index (see V3__question_search_terms.sql).
    @ElementCollection
    @CollectionTable(name = "question_term", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "term", nullable = false)
    private Set<String> terms = new HashSet<>();

    protected Question() {
        title = answer = contentHash = sourcePath = "";
    }

    public Question(QuestionKey key, Section section, QuestionContent content, QuestionPlacement placement) {
        this.key = Objects.requireNonNull(key, "key");
        this.section = Objects.requireNonNull(section, "section");
        this.title = content.title();
        this.answer = content.answer();
        this.contentHash = content.hash();
        this.contentVersion = 1;
        this.terms.addAll(SearchTerms.of(title, answer));
        this.displayNumber = placement.displayNumber();
        this.position = placement.position();
        this.sourcePath = placement.sourcePath();
        this.sourceLine = placement.sourceLine();
    }

    /**
     * Takes new wording. Only a real change of title or answer makes a new version.
     *
     * @return whether the content changed
     */
    public boolean rewrite(QuestionContent content) {
        String hash = content.hash();
        if (hash.equals(contentHash)) {
            return false;
        }
        title = content.title();
        answer = content.answer();
        contentHash = hash;
        contentVersion++;
        Set<String> newTerms = SearchTerms.of(title, answer);
        terms.retainAll(newTerms);
        terms.addAll(newTerms);
        return true;
    }

    /**
     * Takes the key the bank now gives this question, when the importer has recognised it under a
     * new title, page or explicit id. Progress stays with the row, so nothing else changes.
     *
     * @return whether the key changed
     */
    public boolean rekey(QuestionKey key) {
        boolean changed = !this.key.equals(key);
        this.key = Objects.requireNonNull(key, "key");
        return changed;
    }

    /** @return whether the question now lives in another section */
    public boolean moveTo(Section section) {
        boolean moved = !this.section.equals(section);
        this.section = Objects.requireNonNull(section, "section");
        return moved;
    }

    /** Number, order and source location: they change when the file is reordered, never the identity. */
    public boolean place(QuestionPlacement placement) {
        boolean changed = !Objects.equals(displayNumber, placement.displayNumber())
                || position != placement.position()
                || !sourcePath.equals(placement.sourcePath())
                || sourceLine != placement.sourceLine();
        displayNumber = placement.displayNumber();
        position = placement.position();
        sourcePath = placement.sourcePath();
        sourceLine = placement.sourceLine();
        return changed;
    }

    /** @return whether it was active before */
    public boolean retire() {
        boolean changed = !retired;
        retired = true;
        return changed;
    }

    /** @return whether it was retired before */
    public boolean revive() {
        boolean changed = retired;
        retired = false;
        return changed;
    }

    public QuestionContent content() {
        return new QuestionContent(title, answer);
    }

    public QuestionKey getKey() {
        return key;
    }

    public Section getSection() {
        return section;
    }

    public @Nullable String getDisplayNumber() {
        return displayNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getAnswer() {
        return answer;
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public int getPosition() {
        return position;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public int getSourceLine() {
        return sourceLine;
    }

    public boolean isRetired() {
        return retired;
    }
}
