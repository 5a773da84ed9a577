package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.studyportal.core.account.CohortCreation;
import dev.studyportal.core.account.CohortCreationPolicy;

/** Who may make a cohort: anyone signed in, or only instructors. */
class CohortCreationPanel extends Details {

    final RadioButtonGroup<CohortCreation> creation = new RadioButtonGroup<>("Who may make cohorts");

    CohortCreationPanel(CohortCreationPolicy policy, String admin) {
        super("Cohorts");
        addClassName("cohort-creation");
        creation.setItems(CohortCreation.values());
        creation.setItemLabelGenerator(choice -> switch (choice) {
            case EVERYONE -> "Anyone signed in";
            case INSTRUCTORS -> "Only people with the instructor role";
        });
        creation.setHelperText("Whoever makes a cohort owns it. Cohorts made earlier stay as they are.");
        creation.setValue(policy.current());
        creation.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                policy.change(admin, change.getValue());
            }
        });
        add(creation);
    }
}
