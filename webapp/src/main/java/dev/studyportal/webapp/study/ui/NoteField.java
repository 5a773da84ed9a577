package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.studyportal.core.note.Note;
import dev.studyportal.core.note.NoteService;
import dev.studyportal.webapp.security.CurrentLearner;

/**
 * The learner's own note on a question, saved as they type: private unless they share it with a cohort. A text
 * area itself, so that the question page and its tests type into it as into any field.
 */
class NoteField extends TextArea {

    private final NoteService notes;
    private final CurrentLearner learner;
    private final Runnable onSaved;
    private long questionId;

    /** @param onSaved told after each save, for what shows the note elsewhere (the cohort notes) */
    NoteField(NoteService notes, CurrentLearner learner, Runnable onSaved) {
        super("Your note");
        this.notes = notes;
        this.learner = learner;
        this.onSaved = onSaved;
        setWidthFull();
        setMaxLength(Note.MAX_LENGTH);
        setHelperText("Private to you unless you share it with a cohort. Markdown works. Saved as you type.");
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(800);
        addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save(event.getValue());
            }
        });
    }

    void show(long questionId) {
        this.questionId = questionId;
        setValue(notes.note(learner.username(), questionId));
        setVisible(true);
    }

    private void save(String text) {
        try {
            notes.save(learner.username(), questionId, text);
            setInvalid(false);
            setHelperText("Saved.");
            onSaved.run();
        } catch (IllegalArgumentException e) {
            setErrorMessage("Your note is too long to save (at most " + Note.MAX_LENGTH + " characters); shorten it.");
            setInvalid(true);
        }
    }
}
