package dev.studyportal.webapp.failure;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.studyportal.core.failure.DatabaseOutage;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that could not be opened, in place of Vaadin's default: it says whether the database is
 * out of reach (try again shortly, 503) or something unexpected failed (a reference to quote, 500).
 * It has no layout, because the layout's own parts may need the database too; it shows nothing but
 * the notice, so anyone may see it.
 */
@AnonymousAllowed
public class FailureView extends VerticalLayout implements HasErrorParameter<Exception> {

    final H1 title = new H1();
    final Paragraph advice = new Paragraph();
    final Button tryAgain = new Button(
            "Try again", click -> getUI().ifPresent(ui -> ui.getPage().reload()));

    public FailureView() {
        addClassName("failure-view");
        setMaxWidth("40rem");
        tryAgain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(tryAgain, new Anchor("", "Home"));
        actions.setAlignItems(Alignment.CENTER);
        add(title, advice, actions);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable failure = parameter.getCaughtException();
        FailureNotice notice = FailureNotice.of(failure, FailureLog.record(failure));
        title.setText(notice.title());
        advice.setText(notice.advice());
        return DatabaseOutage.isCauseOf(failure)
                ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
