package dev.studyportal.webapp.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import dev.studyportal.webapp.security.ui.LoginView;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route, opened by each kind of visitor: who may see it is written down here, not read from
 * the views' annotations, so a view annotated too generously fails. A new route fails until it is
 * placed in the matrix.
 */
abstract class AccessMatrix extends SpringBrowserlessTest {

    enum Visitor {
        ANONYMOUS,
        LEARNER,
        INSTRUCTOR,
        ADMIN
    }

    /** Route → an example location and who may open it. */
    static final Map<String, Entry> MATRIX = Map.ofEntries(
            Map.entry("login", new Entry("login", Set.of(Visitor.values()))),
            Map.entry("signup", new Entry("signup", Set.of(Visitor.values()))),
            Map.entry("forgot-password", new Entry("forgot-password", Set.of(Visitor.values()))),
            Map.entry("reset-password", new Entry("reset-password", Set.of(Visitor.values()))),
            Map.entry("", new Entry("", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry(
                    "choose-password",
                    new Entry("choose-password", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry("library", new Entry("library", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry("review", new Entry("review", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry("dashboard", new Entry("dashboard", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry(
                    "question/:id",
                    new Entry("question/1", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry("plans", new Entry("plans", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry("plans/:id", new Entry("plans/1", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry("cohorts", new Entry("cohorts", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry(
                    "cohorts/:id", new Entry("cohorts/1", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry(
                    "cohorts/join/:id",
                    new Entry("cohorts/join/ABCD", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry(
                    "cohorts/:id/assignments/:id",
                    new Entry("cohorts/1/assignments/1", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry("sets", new Entry("sets", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry("sets/:id", new Entry("sets/1", Set.of(Visitor.LEARNER, Visitor.INSTRUCTOR, Visitor.ADMIN))),
            Map.entry("admin/content", new Entry("admin/content", Set.of(Visitor.ADMIN))),
            Map.entry("admin/users", new Entry("admin/users", Set.of(Visitor.ADMIN))));

    record Entry(String location, Set<Visitor> allowed) {}

    abstract Visitor visitor();

    static Stream<String> routes() {
        return MATRIX.keySet().stream().sorted();
    }

    @Test
    void every_route_of_the_portal_is_in_the_matrix() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = scanner.findCandidateComponents("dev.studyportal.webapp").stream()
                .map(definition -> {
                    try {
                        return Class.forName(definition.getBeanClassName())
                                .getAnnotation(Route.class)
                                .value();
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(value -> value.replaceAll(":[A-Za-z]+", ":id"))
                .collect(Collectors.toSet());
        assertThat(routes).containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void a_visitor_opens_exactly_the_routes_the_matrix_grants(String route) {
        Entry entry = MATRIX.get(route);
        try {
            UI.getCurrent().navigate(entry.location());
        } catch (RuntimeException refused) {
            // Refused navigation is as good as a redirect: what counts is which view shows.
        }
        HasElement shown = getCurrentView();
        boolean reached = Arrays.stream(shown.getClass().getAnnotationsByType(Route.class))
                .anyMatch(r -> r.value().replaceAll(":[A-Za-z]+", ":id").equals(route));
        if (entry.allowed().contains(visitor())) {
            assertThat(reached)
                    .as(
                            "%s should open /%s, but saw %s",
                            visitor(), entry.location(), shown.getClass().getSimpleName())
                    .isTrue();
        } else {
            assertThat(reached)
                    .as("%s must not open /%s", visitor(), entry.location())
                    .isFalse();
            if (visitor() == Visitor.ANONYMOUS) {
                assertThat(shown).as("an anonymous visitor is sent to log in").isInstanceOf(LoginView.class);
            }
        }
    }
}
