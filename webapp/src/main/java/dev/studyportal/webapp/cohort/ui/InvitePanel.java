package dev.studyportal.webapp.cohort.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.studyportal.core.cohort.CohortPermissionException;
import dev.studyportal.core.cohort.CohortRuleException;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.cohort.InvalidCohortException;
import dev.studyportal.core.cohort.InviteDraft;
import dev.studyportal.core.cohort.InviteState;
import dev.studyportal.core.cohort.InviteSummary;
import dev.studyportal.core.cohort.NewInvite;
import dev.studyportal.webapp.security.PublicAddress;
import java.time.format.DateTimeFormatter;

/**
 * An owner's invitations: make one (how many days it lasts, how many may use it), copy its link while it is
 * shown, and revoke or review the others with their uses. The code is shown once: only its hash is kept.
 */
class InvitePanel extends Details {

    final IntegerField days = new IntegerField("Valid for (days)");
    final IntegerField uses = new IntegerField("Uses (empty: no limit)");
    final Button make = new Button("Make invitation");
    final TextField link = new TextField("Invitation link");
    final TextField code = new TextField("Code");
    final Button copy = new Button("Copy link");
    final Paragraph once = new Paragraph(
            "Copy the link or the code now: it is not shown again. " + "Make a new invitation if it gets lost.");
    final Grid<InviteSummary> grid = new Grid<>(InviteSummary.class, false);

    private final CohortService cohorts;
    private final PublicAddress address;
    private final String username;
    private final long cohortId;

    InvitePanel(CohortService cohorts, PublicAddress address, String username, long cohortId, DateTimeFormatter when) {
        super("Invitations");
        this.cohorts = cohorts;
        this.address = address;
        this.username = username;
        this.cohortId = cohortId;
        addClassName("cohort-invites");

        days.setValue(InviteDraft.DEFAULT_DAYS);
        days.setMin(1);
        days.setMax(InviteDraft.MAX_DAYS);
        days.setStepButtonsVisible(true);
        uses.setMin(1);
        uses.setMax(InviteDraft.MAX_USES);
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickListener(click -> make());
        link.setId("invite-link");
        link.setReadOnly(true);
        link.setWidth("min(40rem, 100%)");
        code.setReadOnly(true);
        // The whole code, 34 characters in groups, on a phone too.
        code.setWidth("min(24rem, 100%)");
        copy.addClickListener(click -> {
            // The Clipboard API needs a secure page; where it is refused the field still holds the link to copy by
            // hand.
            // The field's value in the browser, which the browser may have made absolute (see showLink).
            UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0.value)", link.getElement());
            Notification.show("Link copied.");
        });
        setShown(false);

        grid.addColumn(invite -> "…" + invite.hint()).setHeader("Code ends").setAutoWidth(true);
        grid.addColumn(invite -> when.format(invite.createdAt()) + " by " + invite.createdBy())
                .setHeader("Made");
        grid.addColumn(invite -> when.format(invite.expiresAt())).setHeader("Expires");
        grid.addColumn(invite -> invite.maxUses() == null
                        ? invite.uses() + " (no limit)"
                        : invite.uses() + " of " + invite.maxUses())
                .setHeader("Used");
        grid.addColumn(invite -> state(invite.state())).setHeader("State");
        grid.addComponentColumn(invite -> {
                    Button revoke = new Button("Revoke", click -> revoke(invite));
                    revoke.addThemeVariants(
                            ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    revoke.getElement().setAttribute("aria-label", "Revoke the invitation ending " + invite.hint());
                    revoke.setVisible(invite.state() == InviteState.OPEN);
                    return revoke;
                })
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);

        HorizontalLayout form = new HorizontalLayout(days, uses, make);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        HorizontalLayout made = new HorizontalLayout(link, copy);
        made.setAlignItems(FlexComponent.Alignment.BASELINE);
        made.setWrap(true);
        made.setWidthFull();
        VerticalLayout content = new VerticalLayout(form, made, code, once, grid);
        content.setPadding(false);
        // The page's width, not the grid's: on a phone the form wraps and the grid scrolls within itself.
        content.setWidthFull();
        form.setWidthFull();
        setWidthFull();
        add(content);
        setOpened(true);
        refresh();
    }

    private void make() {
        try {
            NewInvite invite =
                    cohorts.createInvite(username, cohortId, new InviteDraft(days.getValue(), uses.getValue()));
            days.setInvalid(false);
            uses.setInvalid(false);
            showLink(CohortNavigation.joinAddress(invite.code()));
            code.setValue(invite.code());
            setShown(true);
            refresh();
        } catch (InvalidCohortException e) {
            days.setErrorMessage(e.errors().get("validDays"));
            days.setInvalid(e.errors().containsKey("validDays"));
            uses.setErrorMessage(e.errors().get("maxUses"));
            uses.setInvalid(e.errors().containsKey("maxUses"));
        } catch (CohortPermissionException e) {
            // Archived, or the caller's ownership taken, in another window meanwhile.
            Notification.show(e.getMessage());
        }
    }

    private void revoke(InviteSummary invite) {
        try {
            cohorts.revokeInvite(username, cohortId, invite.id());
            Notification.show("Invitation revoked: it lets nobody else in. Those who joined with it stay.");
        } catch (CohortRuleException | CohortPermissionException e) {
            Notification.show(e.getMessage());
        }
        refresh();
    }

    private void setShown(boolean shown) {
        link.setVisible(shown);
        copy.setVisible(shown);
        code.setVisible(shown);
        once.setVisible(shown);
    }

    void refresh() {
        grid.setItems(cohorts.invites(username, cohortId));
    }

    /**
     * The link under the portal's public address when the administrator has set one. Otherwise the owner's own
     * browser makes it absolute from the address it shows, against the page's base (the portal's root, behind a
     * proxy too): never from the request's Host or X-Forwarded-* headers, which whoever sends the request writes.
     */
    private void showLink(String route) {
        address.of(route).ifPresentOrElse(url -> link.setValue(url.toString()), () -> {
            link.setValue(route);
            link.getElement().executeJs("this.value = new URL($0, document.baseURI).href", route);
        });
    }

    private static String state(InviteState state) {
        return switch (state) {
            case OPEN -> "Open";
            case EXPIRED -> "Expired";
            case REVOKED -> "Revoked";
            case USED_UP -> "Used up";
        };
    }
}
