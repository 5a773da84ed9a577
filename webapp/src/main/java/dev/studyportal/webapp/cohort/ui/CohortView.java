package dev.studyportal.webapp.cohort.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.cohort.ActivityItem;
import dev.studyportal.core.cohort.CohortBoard;
import dev.studyportal.core.cohort.CohortPermissionException;
import dev.studyportal.core.cohort.CohortRole;
import dev.studyportal.core.cohort.CohortRuleException;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.cohort.MemberStanding;
import dev.studyportal.core.cohort.NoSuchCohortException;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.webapp.security.CurrentLearner;
import dev.studyportal.webapp.security.PublicAddress;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One cohort's page: its members with the figures of those who share, the feed, and what the caller's role
 * lets them do. Every action asks the service, which asks the cohort's membership in the database: a
 * person removed meanwhile is told "No such cohort", as anyone is who was never in it.
 */
// Other features' sections are Spring beans, which the production bundle's scan does not follow from this
// route: the components they use and this view does not are named here (the assignments' due-day picker).
@Uses(DatePicker.class)
@Route("cohorts/:" + CohortView.ID)
@PermitAll
class CohortView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String SHARING_EXPLAINED = "When sharing is on, the other members see your mastery (the share of "
            + "the bank's questions you have mastered), your streak and your progress in the feed. Off, they see only "
            + "your name and role. The owner and instructors see your progress on the cohort's assignments either way.";

    final H1 title = new H1();
    final Paragraph description = new Paragraph();
    final Paragraph status = new Paragraph();
    final Checkbox share = new Checkbox("Share my progress with this cohort");
    final Paragraph sharingExplained = new Paragraph(SHARING_EXPLAINED);
    final Grid<MemberStanding> members = new Grid<>(MemberStanding.class, false);
    /** Where other features' sections go (see {@link CohortSection}); the assignments feature adds its list here. */
    final Div sections = new Div();

    final UnorderedList activity = new UnorderedList();
    final Paragraph quiet = new Paragraph("Nothing has happened here yet.");
    final Button edit = new Button("Edit");
    final Button archive = new Button("Archive");
    final Button leave = new Button("Leave cohort");
    final Button back = new Button("All cohorts", click -> CohortNavigation.toCohorts());
    final Div ownerTools = new Div();
    final VerticalLayout content = new VerticalLayout();
    /** The invitation tools, for an owner of a cohort that is not archived. */
    @Nullable
    InvitePanel invites;

    private final CohortService cohorts;
    private final ObjectProvider<CohortSection> extensions;
    private final PublicAddress address;
    private final String username;
    private final ZoneId zone;
    private final DateTimeFormatter when;
    private String pageTitle = "Cohort · Study Portal";
    /** The cohort shown; none after an id that is no cohort of this person. */
    private @Nullable CohortBoard board;

    CohortView(
            CohortService cohorts,
            ReviewService reviews,
            CurrentLearner learner,
            ObjectProvider<CohortSection> extensions,
            PublicAddress address) {
        this.cohorts = cohorts;
        this.address = address;
        this.extensions = extensions;
        this.username = learner.username();
        this.zone = reviews.timeZone(username);
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(zone);

        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        share.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(() -> cohorts.share(username, board().id(), change.getValue()));
            }
        });
        sharingExplained.addClassName("sharing-explained");

        members.addColumn(m -> m.you() ? m.displayName() + " (you)" : m.displayName())
                .setHeader("Member")
                .setFlexGrow(2);
        members.addComponentColumn(this::role).setHeader("Role").setAutoWidth(true);
        members.addColumn(m -> m.masteryPercent() == null ? "Not shared" : m.masteryPercent() + "%")
                .setHeader("Mastery");
        members.addColumn(m -> m.streakDays() == null ? "Not shared" : days(m.streakDays()))
                .setHeader("Streak");
        members.addColumn(m -> when.format(m.joinedAt())).setHeader("Joined");
        members.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        members.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        edit.addClickListener(click -> new CohortDialog(cohorts, username, board(), zone, id -> show(id)).open());
        archive.addClickListener(click -> act(() -> {
            if (board().archived()) {
                cohorts.restore(username, board().id());
            } else {
                cohorts.archive(username, board().id());
            }
        }));
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        leave.addClickListener(click -> confirmLeave());
        activity.addClassName("cohort-activity");
        sections.addClassName("cohort-sections");
        // Full width: a grid inside a section or the owner's tools is as wide as its box, and a box left to size
        // itself would be as narrow as its content (cut cells on a desktop) or wider than a phone.
        sections.setWidthFull();
        ownerTools.setWidthFull();

        content.setPadding(false);
        setMaxWidth("70rem");
        add(back, title, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get(ID).flatMap(CohortView::cohortId);
        if (id.isEmpty()) {
            showMissing();
            return;
        }
        show(id.get());
    }

    void show(long id) {
        CohortBoard shown;
        try {
            shown = cohorts.board(username, id);
        } catch (NoSuchCohortException e) {
            showMissing();
            return;
        }
        board = shown;
        title.setText(shown.name());
        pageTitle = shown.name() + " · Study Portal";
        description.setText(shown.description() == null ? "" : shown.description());
        description.setVisible(shown.description() != null);
        status.setText(
                shown.archived()
                        ? "Archived: kept to read, closed to changes."
                        : "You are " + article(shown.yourRole()) + " here. Due dates are read in "
                                + shown.timeZone().getId() + ".");
        share.setValue(shown.youShare());
        share.setEnabled(!shown.archived() || shown.youShare());
        members.setItems(shown.members());
        // A class fits on the page; a cohort of hundreds scrolls within its grid, which renders only what shows.
        members.setAllRowsVisible(shown.members().size() <= 50);
        members.setHeight(shown.members().size() <= 50 ? null : "40rem");
        activity.removeAll();
        for (ActivityItem item : shown.activity()) {
            activity.add(new ListItem(when.format(item.at()) + " · " + item.text()));
        }
        quiet.setVisible(shown.activity().isEmpty());

        sections.removeAll();
        extensions.orderedStream().map(section -> section.create(shown)).forEach(sections::add);

        ownerTools.removeAll();
        invites = null;
        if (shown.youOwn()) {
            edit.setVisible(!shown.archived());
            archive.setText(shown.archived() ? "Restore" : "Archive");
            HorizontalLayout buttons = new HorizontalLayout(edit, archive);
            ownerTools.add(new H2("Manage"), buttons);
            if (!shown.archived()) {
                invites = new InvitePanel(cohorts, address, username, shown.id(), when);
                ownerTools.add(invites);
            }
        }
        content.removeAll();
        content.add(
                description,
                status,
                share,
                sharingExplained,
                new H2("Members"),
                members,
                sections,
                new H2("Activity"),
                quiet,
                activity,
                ownerTools,
                leave);
    }

    private Component role(MemberStanding member) {
        if (!board().youOwn() || board().archived()) {
            return new com.vaadin.flow.component.html.Span(RoleLabels.label(member.role()));
        }
        Select<CohortRole> select = new Select<>();
        select.setItems(CohortRole.values());
        select.setItemLabelGenerator(RoleLabels::label);
        select.setValue(member.role());
        select.setAriaLabel("Role of " + member.displayName());
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                act(() -> cohorts.changeRole(username, board().id(), member.memberId(), change.getValue()));
            }
        });
        return select;
    }

    private Component actions(MemberStanding member) {
        HorizontalLayout actions = new HorizontalLayout();
        if (member.you() || board().archived()) {
            return actions;
        }
        boolean mayRemove =
                board().youOwn() || board().yourRole() == CohortRole.INSTRUCTOR && member.role() == CohortRole.MEMBER;
        if (mayRemove) {
            Button remove = new Button(
                    "Remove",
                    click -> confirm(
                            "Remove " + member.displayName() + "?",
                            "They lose access to the cohort at once. They can come back only with a new invitation.",
                            "Remove",
                            () -> cohorts.remove(username, board().id(), member.memberId())));
            remove.getElement().setAttribute("aria-label", "Remove " + member.displayName());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        }
        if (board().youOwn()) {
            Button transfer = new Button(
                    "Hand over",
                    click -> confirm(
                            "Make " + member.displayName() + " the owner?",
                            "They become the owner and you an instructor; you can no longer manage the cohort unless they make "
                                    + "you an owner again.",
                            "Hand over",
                            () -> cohorts.transferOwnership(username, board().id(), member.memberId())));
            transfer.getElement().setAttribute("aria-label", "Hand the cohort over to " + member.displayName());
            transfer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(transfer);
        }
        return actions;
    }

    private void confirmLeave() {
        confirm(
                "Leave " + board().name() + "?",
                "You leave the cohort and its assignments; to come back you need a new " + "invitation.",
                "Leave",
                () -> {
                    cohorts.leave(username, board().id());
                    CohortNavigation.toCohorts();
                });
    }

    private void confirm(String header, String text, String action, Runnable change) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, action, event -> act(change));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Runs a change and shows the cohort as it is now; the service's refusal is shown as it words it. */
    void act(Runnable change) {
        long id = board().id();
        try {
            change.run();
        } catch (CohortRuleException | CohortPermissionException e) {
            Notification.show(e.getMessage());
        } catch (NoSuchCohortException e) {
            showMissing();
            return;
        }
        show(id);
    }

    /** The cohort shown: every control that uses it is visible only while one is. */
    private CohortBoard board() {
        return Objects.requireNonNull(board, "no cohort is shown");
    }

    private void showMissing() {
        board = null;
        title.setText("No such cohort");
        pageTitle = "No such cohort · Study Portal";
        content.removeAll();
        content.add(new Paragraph("This address does not lead to one of your cohorts. It may be mistyped, or you are "
                + "no longer a member."));
    }

    private static String article(CohortRole role) {
        return switch (role) {
            case OWNER -> "an owner";
            case INSTRUCTOR -> "an instructor";
            case MEMBER -> "a member";
        };
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private static Optional<Long> cohortId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
