package dev.studyportal.core.note;

import dev.studyportal.core.account.AccountDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account takes its notes with it, the copies it shared with cohorts too. */
@Component
class DeletedAuthorNotes {

    private final NoteRepository notes;
    private final SharedNoteRepository shared;

    DeletedAuthorNotes(NoteRepository notes, SharedNoteRepository shared) {
        this.notes = notes;
        this.shared = shared;
    }

    @EventListener
    void forget(AccountDeleting deletion) {
        shared.deleteAllOfAuthor(deletion.accountId());
        notes.deleteAllOfAuthor(deletion.accountId());
    }
}
