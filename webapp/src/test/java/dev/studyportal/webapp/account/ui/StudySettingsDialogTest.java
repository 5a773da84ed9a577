package dev.studyportal.webapp.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.page.ColorScheme;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Appearance;
import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(username = "settler", roles = "LEARNER")
class StudySettingsDialogTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void aLearnerWithDefaults() {
        TestLearners.ensure(accounts, "settler");
        accounts.updatePreferences("settler", StudyPreferences.DEFAULTS);
        accounts.changeAppearance("settler", Appearance.SYSTEM);
    }

    private StudySettingsDialog openFromTheMenu() {
        navigate("", Component.class);
        new MenuBarTester<>($(MenuBar.class).single()).clickItem("settler", "Settings");
        return $(StudySettingsDialog.class).single();
    }

    @Test
    void settings_are_saved_for_the_learner() {
        StudySettingsDialog dialog = openFromTheMenu();

        test(dialog.retention).setValue(85);
        test(dialog.newPerDay).setValue(5);
        test(dialog.timeZone).selectItem("Pacific/Auckland");
        test(dialog.save).click();

        assertThat(accounts.preferences("settler"))
                .isEqualTo(new StudyPreferences(0.85, 5, 200, ZoneId.of("Pacific/Auckland")));
    }

    @Test
    void the_appearance_follows_the_device_until_the_learner_chooses_and_the_choice_is_kept_and_applied() {
        StudySettingsDialog dialog = openFromTheMenu();
        assertThat(dialog.appearance.getValue()).isEqualTo(Appearance.SYSTEM);
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.SYSTEM);

        test(dialog.appearance).selectItem("Dark");
        test(dialog.save).click();

        assertThat(accounts.appearance("settler")).isEqualTo(Appearance.DARK);
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        navigate("library", Component.class);
        assertThat(UI.getCurrent().getPage().getColorScheme())
                .as("on the next page too")
                .isEqualTo(ColorScheme.Value.DARK);
    }

    @Test
    void a_dark_choice_is_put_on_the_page_when_the_learner_comes_back() {
        accounts.changeAppearance("settler", Appearance.DARK);

        navigate("", Component.class);

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
    }

    @Test
    void an_out_of_range_target_is_refused_next_to_its_field() {
        StudySettingsDialog dialog = openFromTheMenu();

        test(dialog.retention).setValue(99);
        test(dialog.save).click();

        assertThat(dialog.retention.isInvalid()).isTrue();
        assertThat(dialog.retention.getErrorMessage()).contains("between 70% and 97%");
        assertThat(accounts.preferences("settler")).isEqualTo(StudyPreferences.DEFAULTS);
    }
}
