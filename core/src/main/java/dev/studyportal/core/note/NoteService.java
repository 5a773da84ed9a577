package dev.studyportal.core.note;

import dev.studyportal.core.access.OwnData;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.content.Questions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners' own notes on questions. Each call acts for the learner it names, on their note only, and
 * only that learner may make it ({@link OwnData}).
 */
@Service
@Transactional
@OwnData
public class NoteService {

    private final NoteRepository notes;
    private final Learners accounts;
    private final Questions questions;
    private final Clock clock;

    NoteService(NoteRepository notes, Learners accounts, Questions questions, Clock clock) {
        this.notes = notes;
        this.accounts = accounts;
        this.questions = questions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public String note(String username, long questionId) {
        return notes.find(username, questionId).map(Note::getBody).orElse("");
    }

    /**
     * Saves the learner's note as typed. An emptied note is kept as empty text, not deleted.
     *
     * @return when it was saved, or empty when nothing changed
     */
    public Optional<Instant> save(String username, long questionId, String body) {
        Instant now = clock.instant();
        Note note = notes.find(username, questionId)
                .orElseGet(() -> notes.save(new Note(
                        accounts.requireByUsername(username),
                        questions
                                .findById(questionId)
                                .orElseThrow(() -> new IllegalArgumentException("No question " + questionId)),
                        now)));
        return note.rewrite(body, now) ? Optional.of(now) : Optional.empty();
    }
}
