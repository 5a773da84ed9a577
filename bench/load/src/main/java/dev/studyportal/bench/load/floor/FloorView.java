package dev.studyportal.bench.load.floor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.annotation.security.PermitAll;

/**
 * The floor of the load test: the least a Vaadin view behind the portal's sign-in can do for one
 * interaction (a field's value travels with a click, the server echoes it). Served by the portal's own
 * process, with its security, session handling and Vaadin set-up, so the difference between a rating and
 * this click is the review view and the services behind it, nothing else.
 */
@PermitAll
public class FloorView extends VerticalLayout {

    public FloorView() {
        TextField note = new TextField("Note");
        note.setId("floor-field");
        Paragraph echo = new Paragraph();
        echo.setId("floor-echo");
        Button save = new Button("Save", click -> echo.setText(note.getValue()));
        save.setId("floor-button");
        add(note, save, echo);
    }
}
