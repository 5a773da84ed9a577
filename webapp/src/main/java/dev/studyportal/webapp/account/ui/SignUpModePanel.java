package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.studyportal.core.account.SignUpMode;
import dev.studyportal.core.account.SignUpPolicy;
import java.time.Duration;

/** Who may sign up, and invitation codes for when only the invited may. */
class SignUpModePanel extends Details {

    static final Duration INVITE_VALIDITY = Duration.ofDays(7);

    final RadioButtonGroup<SignUpMode> mode = new RadioButtonGroup<>("Who may sign up");
    final Button makeCode = new Button("Make an invitation code");
    final Span code = new Span();
    final Span openInvitations = new Span();

    private final SignUpPolicy policy;

    SignUpModePanel(SignUpPolicy policy, String admin) {
        super("Sign-up");
        this.policy = policy;
        addClassName("sign-up-mode");

        mode.setItems(SignUpMode.values());
        mode.setItemLabelGenerator(SignUpModePanel::label);
        mode.setValue(policy.mode());
        mode.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                policy.changeMode(admin, change.getValue());
                showInvitations();
            }
        });
        code.addClassName("invite-code");
        makeCode.addClickListener(click -> {
            code.setText("Code: " + policy.issueInviteCode(admin, INVITE_VALIDITY)
                    + " (valid for 7 days, for one account; copy it now, it is not shown again)");
            showInvitations();
        });
        showInvitations();

        add(new VerticalLayout(
                mode,
                new Paragraph(
                        "The very first account of a portal can always sign up and" + " becomes its administrator."),
                makeCode,
                code,
                openInvitations));
        setOpened(true);
    }

    private void showInvitations() {
        boolean invite = mode.getValue() == SignUpMode.INVITE_ONLY;
        makeCode.setVisible(invite);
        code.setVisible(invite);
        openInvitations.setVisible(invite);
        openInvitations.setText(policy.openInvitations() + " invitation code(s) unused and unexpired.");
    }

    private static String label(SignUpMode mode) {
        return switch (mode) {
            case OPEN -> "Anyone";
            case INVITE_ONLY -> "Only people with an invitation code";
            case CLOSED -> "Nobody (sign-up closed)";
        };
    }
}
