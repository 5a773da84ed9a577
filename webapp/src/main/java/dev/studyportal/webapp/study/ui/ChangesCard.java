package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.studyportal.core.content.LineDiff;
import dev.studyportal.core.content.QuestionContent;

/** "Changed since you last reviewed": the answer's lines removed and added since the version the learner saw. */
class ChangesCard extends Div {

    final Pre diff = new Pre();

    ChangesCard() {
        addClassName("changes-card");
        diff.addClassName("diff");
    }

    void show(QuestionContent seen, QuestionContent now, int seenVersion, int currentVersion) {
        removeAll();
        diff.removeAll();
        add(new H3("Changed since you last reviewed"),
                new Paragraph("You last reviewed version %d; this is version %d.".formatted(seenVersion, currentVersion)));
        for (LineDiff.Line line : LineDiff.between(seen.title() + "\n\n" + seen.answer(), now.title() + "\n\n" + now.answer())) {
            // Plain text spans: the diff shows the Markdown source, never rendered HTML.
            Span span = new Span(switch (line.kind()) {
                case SAME -> "  ";
                case REMOVED -> "- ";
                case ADDED -> "+ ";
            } + line.text() + "\n");
            span.addClassName("diff-" + line.kind().name().toLowerCase(java.util.Locale.ROOT));
            diff.add(span);
        }
        add(diff);
    }
}
