package dev.studyportal.webapp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The shape DESIGN.md asks for, kept by the build: core <- importer <- webapp, and guarded views. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.studyportal");
    }

    @Test
    void all_three_modules_are_checked() {
        assertPresent("dev.studyportal.core.content.ContentService");
        assertPresent("dev.studyportal.importer.BankImporter");
        assertPresent("dev.studyportal.webapp.StudyPortalApplication");
    }

    @Test
    void core_depends_on_neither_importer_nor_webapp_nor_vaadin() {
        noClasses().that().resideInAPackage("dev.studyportal.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.studyportal.importer..", "dev.studyportal.webapp..", "com.vaadin..",
                        "jakarta.servlet..", "org.springframework.web..")
                .check(classes);
    }

    @Test
    void the_importer_does_not_depend_on_the_webapp() {
        noClasses().that().resideInAPackage("dev.studyportal.importer..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.studyportal.webapp..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void features_have_no_cycles() {
        slices().matching("dev.studyportal.(*).(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void views_talk_to_services_never_to_repositories() {
        noClasses().that().resideInAPackage("dev.studyportal.webapp..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void every_route_says_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(classes);
    }

    private static void assertPresent(String className) {
        if (!classes.contain(className)) {
            throw new AssertionError(className + " was not imported: the rules would check nothing");
        }
    }
}
