package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.studyportal.core.review.fsrs.Rating;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** The four ratings of a revealed card, each with the interval it would schedule and its key, 1 to 4. */
class RatingBar extends HorizontalLayout {

    final Map<Rating, Button> buttons = new EnumMap<>(Rating.class);

    RatingBar(Consumer<Rating> onRate) {
        addClassName("rating-bar");
        setWidthFull();
        Key[] keys = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4};
        for (Rating rating : Rating.values()) {
            int key = rating.value();
            Button button = new Button();
            button.addClassName("rating-" + rating.name().toLowerCase(Locale.ROOT));
            button.addClickShortcut(keys[key - 1]);
            button.addClickListener(click -> onRate.accept(rating));
            button.setTooltipText("Key " + key);
            buttons.put(rating, button);
            add(button);
            setFlexGrow(1, button);
        }
        button(Rating.GOOD).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(Rating.AGAIN).addThemeVariants(ButtonVariant.LUMO_ERROR);
    }

    /** @param intervals what each rating would schedule for the card shown */
    void show(Map<Rating, Duration> intervals) {
        intervals.forEach(
                (rating, interval) -> button(rating).setText(label(rating) + " · " + Intervals.format(interval)));
    }

    /** Every rating has its button, made in the constructor. */
    private Button button(Rating rating) {
        return Objects.requireNonNull(buttons.get(rating), rating.name());
    }

    private static String label(Rating rating) {
        return switch (rating) {
            case AGAIN -> "Again";
            case HARD -> "Hard";
            case GOOD -> "Good";
            case EASY -> "Easy";
        };
    }
}
