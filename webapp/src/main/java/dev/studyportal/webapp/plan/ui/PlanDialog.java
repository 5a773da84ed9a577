package dev.studyportal.webapp.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.studyportal.core.plan.InvalidPlanException;
import dev.studyportal.core.plan.NoSuchPlanException;
import dev.studyportal.core.plan.PlanDraft;
import dev.studyportal.core.plan.PlanScope;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.plan.PlanSummary;
import dev.studyportal.core.plan.ScopeOptions;
import dev.studyportal.core.plan.ScopeOptions.Option;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A plan's form, for a new plan or an edit. The binder asks for what is required before anything is sent;
 * the service checks the rest against today and the bank, and each refusal is shown on its own field.
 */
class PlanDialog extends Dialog {

    final TextField name = new TextField("Name");
    final MultiSelectComboBox<Option> pages = new MultiSelectComboBox<>("Pages");
    final MultiSelectComboBox<Option> sections = new MultiSelectComboBox<>("Sections");
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    final DatePicker start = new DatePicker("Start");
    final DatePicker interview = new DatePicker("Interview date (optional)");
    final IntegerField budget = new IntegerField("New questions a day (optional)");
    final Button save = new Button("Save");

    private final PlanService plans;
    private final String username;
    private final @Nullable Long planId;
    private final LongConsumer saved;
    private final Binder<PlanForm> binder = new Binder<>(PlanForm.class);
    private final PlanForm form = new PlanForm();

    /** The form's values while the learner edits them; the service sees them as a {@link PlanDraft}. */
    static final class PlanForm {
        String name = "";
        Set<Option> pages = new HashSet<>();
        Set<Option> sections = new HashSet<>();
        Set<String> tags = new HashSet<>();

        @Nullable
        LocalDate start;

        @Nullable
        LocalDate interview;

        @Nullable
        Integer budget;
    }

    PlanDialog(
            PlanService plans, String username, @Nullable PlanSummary existing, LocalDate today, LongConsumer saved) {
        this.plans = plans;
        this.username = username;
        this.planId = existing == null ? null : existing.id();
        this.saved = saved;
        setHeaderTitle(existing == null ? "New study plan" : "Edit " + existing.name());

        name.addClassName("plan-name-field");
        pages.addClassName("plan-pages");
        interview.addClassName("plan-interview");
        budget.addClassName("plan-budget");
        ScopeOptions options = plans.scopeOptions();
        pages.setItems(options.pages());
        pages.setItemLabelGenerator(Option::label);
        sections.setItems(options.sections());
        sections.setItemLabelGenerator(Option::label);
        tags.setItems(options.tags());
        pages.setHelperText(
                "Any mix of pages, sections and tags: a question is in the plan when any of them holds it.");
        start.setHelperText("New questions are introduced from this day.");
        interview.setHelperText("With a date, the plan spreads its new questions so that each is reviewed before it.");
        budget.setHelperText("Leave empty to spread them up to the interview date (or use your daily limit).");
        budget.setStepButtonsVisible(true);

        binder.forField(name).asRequired("Give the plan a name.").bind(f -> f.name, (f, value) -> f.name = value);
        binder.forField(pages).bind(f -> f.pages, (f, value) -> f.pages = value);
        binder.forField(sections).bind(f -> f.sections, (f, value) -> f.sections = value);
        binder.forField(tags).bind(f -> f.tags, (f, value) -> f.tags = value);
        binder.forField(start)
                .asRequired("Choose the day the plan starts.")
                .bind(f -> f.start, (f, value) -> f.start = value);
        binder.forField(interview).bind(f -> f.interview, (f, value) -> f.interview = value);
        binder.forField(budget).bind(f -> f.budget, (f, value) -> f.budget = value);

        if (existing == null) {
            form.start = today;
        } else {
            form.name = existing.name();
            form.pages = pick(options.pages(), existing.scope().pageIds());
            form.sections = pick(options.sections(), existing.scope().sectionIds());
            form.tags = new HashSet<>(existing.scope().tags());
            form.start = existing.startDate();
            form.interview = existing.interviewDate();
            form.budget = existing.dailyNewBudget();
        }
        binder.readBean(form);

        FormLayout layout = new FormLayout(name, pages, sections, tags, start, interview, budget);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        layout.setColspan(name, 2);
        layout.setColspan(pages, 2);
        add(layout);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private static Set<Option> pick(java.util.List<Option> options, Set<Long> ids) {
        return options.stream().filter(option -> ids.contains(option.id())).collect(Collectors.toSet());
    }

    private void save() {
        for (HasValidation field : new HasValidation[] {name, pages, start, interview, budget}) {
            field.setInvalid(false);
        }
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        if (budget.isInvalid()) {
            show(budget, "Type a whole number of new questions a day, or leave it empty.");
            return;
        }
        PlanDraft draft = new PlanDraft(
                form.name,
                new PlanScope(
                        form.pages.stream().map(Option::id).collect(Collectors.toSet()),
                        form.sections.stream().map(Option::id).collect(Collectors.toSet()),
                        form.tags),
                form.start,
                form.interview,
                form.budget);
        try {
            long id;
            if (planId == null) {
                id = plans.create(username, draft);
            } else {
                plans.update(username, planId, draft);
                id = planId;
            }
            close();
            saved.accept(id);
        } catch (InvalidPlanException e) {
            e.errors().forEach(this::showError);
        } catch (NoSuchPlanException e) {
            show(name, "No such plan: it may have been deleted in another window.");
        }
    }

    private void showError(String field, String message) {
        Map<String, HasValidation> fields = Map.of(
                "name", name, "scope", pages, "startDate", start, "interviewDate", interview, "dailyNewBudget", budget);
        show(fields.getOrDefault(field, name), message);
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
