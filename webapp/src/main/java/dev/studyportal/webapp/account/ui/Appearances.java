package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import dev.studyportal.core.account.Appearance;

/** A person's light or dark choice, put on the page: Lumo and the charts follow the page's colour scheme. */
public final class Appearances {

    private Appearances() {}

    public static void apply(UI ui, Appearance appearance) {
        ui.getPage().setColorScheme(colorScheme(appearance));
    }

    static ColorScheme.Value colorScheme(Appearance appearance) {
        return switch (appearance) {
            case LIGHT -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
            // "light dark": the browser picks by prefers-color-scheme.
            case SYSTEM -> ColorScheme.Value.SYSTEM;
        };
    }

    static String label(Appearance appearance) {
        return switch (appearance) {
            case SYSTEM -> "As on my device";
            case LIGHT -> "Light";
            case DARK -> "Dark";
        };
    }
}
