package dev.studyportal.webapp.assignment.ui;

import com.vaadin.flow.component.html.Span;
import dev.studyportal.core.assignment.AssignmentState;
import dev.studyportal.core.assignment.CellStatus;
import java.util.Map;

/**
 * The matrix's colours, each paired with a letter so that colour is never the only signal (WCAG 1.4.1), and a
 * label for screen readers on every cell.
 */
final class StatusCell {

    private static final Map<CellStatus, String[]> COLOURS = Map.of(
            CellStatus.NOT_SEEN, new String[] {"var(--lumo-contrast-10pct)", "var(--lumo-body-text-color)"},
            CellStatus.LEARNING, new String[] {"var(--lumo-primary-color-10pct)", "var(--lumo-body-text-color)"},
            CellStatus.DUE_OR_FORGOTTEN, new String[] {"var(--lumo-error-color-50pct)", "var(--lumo-body-text-color)"},
            CellStatus.KNOWN, new String[] {"var(--lumo-success-color-10pct)", "var(--lumo-body-text-color)"},
            CellStatus.MASTERED, new String[] {"var(--lumo-success-color)", "var(--lumo-success-contrast-color)"});

    private StatusCell() {}

    /** A cell of the matrix: the status's letter on its colour, named in full for assistive technology. */
    static Span of(CellStatus status, String member, String question) {
        Span cell = swatch(status);
        String label = member + ", " + question + ": " + status.label();
        cell.getElement().setAttribute("aria-label", label);
        cell.getElement().setAttribute("title", label);
        return cell;
    }

    /** The status's letter on its colour, for the legend. */
    static Span swatch(CellStatus status) {
        Span cell = new Span(status.code());
        cell.addClassName("matrix-cell");
        cell.addClassName(
                "matrix-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        String[] colours = java.util.Objects.requireNonNull(COLOURS.get(status), "every status has its colours");
        cell.getStyle()
                .set("background", colours[0])
                .set("color", colours[1])
                .set("display", "inline-block")
                .set("min-width", "1.6em")
                .set("text-align", "center")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("font-weight", "600");
        return cell;
    }

    static String state(AssignmentState state, int counting, int questions) {
        return "%s · %d of %d".formatted(state.label(), counting, questions);
    }
}
