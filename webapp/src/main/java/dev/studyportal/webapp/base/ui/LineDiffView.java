package dev.studyportal.webapp.base.ui;

import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.studyportal.core.content.LineDiff;
import java.util.Locale;

/**
 * Two versions of a Markdown text, line by line: removed lines marked "-", added "+". Plain text
 * spans only: a diff shows the source, never rendered HTML.
 */
public class LineDiffView extends Pre {

    public LineDiffView(String before, String after) {
        addClassName("diff");
        for (LineDiff.Line line : LineDiff.between(before, after)) {
            Span span = new Span(switch (line.kind()) {
                        case SAME -> "  ";
                        case REMOVED -> "- ";
                        case ADDED -> "+ ";
                    }
                    + line.text() + "\n");
            span.addClassName("diff-" + line.kind().name().toLowerCase(Locale.ROOT));
            add(span);
        }
    }
}
