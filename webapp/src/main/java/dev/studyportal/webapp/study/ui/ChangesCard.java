package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.studyportal.core.content.QuestionContent;
import dev.studyportal.webapp.base.ui.LineDiffView;

/** "Changed since you last reviewed": the answer's lines removed and added since the version the learner saw. */
class ChangesCard extends Div {

    ChangesCard() {
        addClassName("changes-card");
    }

    void show(QuestionContent seen, QuestionContent now, int seenVersion, int currentVersion) {
        removeAll();
        add(
                new H3("Changed since you last reviewed"),
                new Paragraph(
                        "You last reviewed version %d; this is version %d.".formatted(seenVersion, currentVersion)));
        add(new LineDiffView(seen.title() + "\n\n" + seen.answer(), now.title() + "\n\n" + now.answer()));
    }
}
