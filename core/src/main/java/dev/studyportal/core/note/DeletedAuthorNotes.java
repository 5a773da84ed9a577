package dev.studyportal.core.note;

import dev.studyportal.core.account.AccountDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account takes its notes with it, shared ones too. */
@Component
class DeletedAuthorNotes {

    private final NoteRepository notes;

    DeletedAuthorNotes(NoteRepository notes) {
        this.notes = notes;
    }

    @EventListener
    void forget(AccountDeleting deletion) {
        notes.deleteAllOfAuthor(deletion.accountId());
    }
}
