package dev.studyportal.webapp.failure;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;

/**
 * Failures in what a person does on a page that is already open (a click, a keystroke): the page
 * stays as it was, so they can simply try again, and a notification says what happened.
 */
class NotifyingErrorHandler extends DefaultErrorHandler {

    static final String NOTICE_CLASS = "failure-notice";
    private static final int SHOWN_FOR_MILLIS = 10_000;

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (!shouldHandle(failure)) {
            return; // a browser that went away mid-request: nobody to tell
        }
        FailureNotice notice = FailureNotice.of(failure, FailureLog.record(failure));
        if (UI.getCurrent() != null) {
            show(notice); // in the request that failed: goes out with its response
        } else {
            // from a background task: its component knows the page to tell
            event.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(() -> show(notice)));
        }
    }

    private static void show(FailureNotice notice) {
        Span title = new Span(notice.title());
        title.getStyle().set("font-weight", "600");
        Div content = new Div(title, new Div(notice.advice()));
        Notification notification = new Notification(content);
        notification.addClassName(NOTICE_CLASS);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(SHOWN_FOR_MILLIS);
        notification.open();
    }
}
