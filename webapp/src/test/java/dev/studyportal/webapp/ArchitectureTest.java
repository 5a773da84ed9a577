package dev.studyportal.webapp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.data.provider.HasDataView;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.studyportal.webapp.security.ui.LoginView;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The shape DESIGN.md asks for, kept by the build: core <- importer <- webapp, and guarded views. */
class ArchitectureTest {

    /**
     * The repositories classes outside their own feature may still use, each with who and why, as
     * docs/adr/0010-features-keep-their-repositories.md gives them. A key is a repository's simple name;
     * a value, the packages (ending in "..") or classes allowed.
     */
    static final Map<String, Set<String>> REPOSITORY_EXCEPTIONS = Map.of(
            // The importer writes the bank: pages, sections, questions and their revisions. The personal-data
            // export names the pages and sections of a person's plans.
            "PageRepository", Set.of("dev.studyportal.importer.sync..", "dev.studyportal.core.privacy.."),
            "SectionRepository", Set.of("dev.studyportal.importer.sync..", "dev.studyportal.core.privacy.."),
            "QuestionRevisionRepository", Set.of("dev.studyportal.importer.sync.."),
            "QuestionRepository", Set.of("dev.studyportal.importer.sync.."),
            // The personal-data export reads every row a person has, in every feature.
            "CardStateRepository", Set.of("dev.studyportal.core.privacy.."),
            "ReviewLogRepository", Set.of("dev.studyportal.core.privacy.."),
            "NoteRepository", Set.of("dev.studyportal.core.privacy.."));

    /** Route classes that must be public, and why. */
    static final Set<Class<?>> PUBLIC_ROUTES = Set.of(
            // Spring Security's VaadinSecurityConfigurer, in webapp.security, names it as the login page.
            LoginView.class);

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // In a full build core's tests come as core's test jar, which the option above does not know.
                .withImportOption(location -> !location.contains("-tests.jar"))
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
        noClasses()
                .that()
                .resideInAPackage("dev.studyportal.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.studyportal.importer..",
                        "dev.studyportal.webapp..",
                        "com.vaadin..",
                        "jakarta.servlet..",
                        "org.springframework.web..")
                .check(classes);
    }

    @Test
    void the_importer_does_not_depend_on_the_webapp() {
        noClasses()
                .that()
                .resideInAPackage("dev.studyportal.importer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.studyportal.webapp..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void features_have_no_cycles() {
        slices().matching("dev.studyportal.(*).(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void views_talk_to_services_never_to_repositories() {
        noClasses()
                .that()
                .resideInAPackage("dev.studyportal.webapp..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void the_lookups_for_core_features_are_out_of_the_webapps_and_importers_reach() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.studyportal.webapp..", "dev.studyportal.importer..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.studyportal.core.account.Learners")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.studyportal.core.content.Questions")
                .because("they are not guarded: views call the feature's guarded services")
                .check(classes);
    }

    @Test
    void every_route_says_who_may_open_it() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(classes);
    }

    @Test
    void a_repository_is_used_only_inside_its_own_feature_or_by_a_named_exception() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .resideInAPackage("dev.studyportal..")
                .should(beUsedOnlyInsideTheirFeature())
                .check(classes);
    }

    @Test
    void routes_are_package_private_unless_a_framework_needs_them_public() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .and(DescribedPredicate.describe(
                        "are not named in PUBLIC_ROUTES",
                        (JavaClass route) -> PUBLIC_ROUTES.stream().noneMatch(route::isEquivalentTo)))
                .should()
                .notBePublic()
                .because(
                        "a view is reached through its route, not through its class; see PUBLIC_ROUTES for the exceptions")
                .check(classes);
    }

    @Test
    void the_webapp_binds_records_not_entities_to_grids_and_lists() {
        classes()
                .that()
                .resideInAPackage("dev.studyportal.webapp..")
                .should(notBindEntitiesToDataComponents())
                .check(classes);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature() {
        return new ArchCondition<>("be used only by classes of their own package, or by an exception named in"
                + " REPOSITORY_EXCEPTIONS (docs/adr/0010-features-keep-their-repositories.md)") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                Set<String> allowed = REPOSITORY_EXCEPTIONS.getOrDefault(repository.getSimpleName(), Set.of());
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    JavaClass outermost = user;
                    while (outermost.getEnclosingClass().isPresent()) {
                        outermost = outermost.getEnclosingClass().get();
                    }
                    String outermostName = outermost.getName();
                    boolean inside = user.getPackageName().equals(repository.getPackageName());
                    boolean excepted = allowed.stream()
                            .anyMatch(name -> name.endsWith("..")
                                    ? user.getPackageName().startsWith(name.substring(0, name.length() - 2))
                                    : outermostName.equals(name));
                    if (!inside && !excepted) {
                        events.add(
                                SimpleConditionEvent.violated(
                                        dependency,
                                        repository.getSimpleName()
                                                + " is used outside its feature: " + dependency.getDescription()
                                                + ". Call the feature's service or lookup (Learners, Questions), or name the exception."));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notBindEntitiesToDataComponents() {
        return new ArchCondition<>("not declare a Grid, ComboBox or other data component of an @Entity class,"
                + " nor name an @Entity class") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                Stream<Map.Entry<JavaMember, JavaType>> types = Stream.concat(
                        view.getFields().stream().map(field -> Map.entry((JavaMember) field, field.getType())),
                        view.getCodeUnits().stream()
                                .flatMap(method -> Stream.concat(
                                        Stream.of(Map.entry((JavaMember) method, method.getReturnType())),
                                        method.getParameterTypes().stream()
                                                .map(type -> Map.entry((JavaMember) method, type)))));
                types.forEach(member -> {
                    JavaType type = member.getValue();
                    if (type instanceof JavaParameterizedType generic
                            && generic.toErasure().isAssignableTo(HasDataView.class)) {
                        for (JavaType argument : generic.getActualTypeArguments()) {
                            if (isEntity(argument.toErasure())) {
                                events.add(SimpleConditionEvent.violated(
                                        member.getKey(),
                                        member.getKey().getFullName()
                                                + " binds the entity "
                                                + argument.toErasure().getSimpleName() + " to a "
                                                + generic.toErasure().getSimpleName()
                                                + ": bind a record the service returns instead"));
                            }
                        }
                    }
                });
                // A local Grid<X> loses its type argument when compiled, but new Grid<>(X.class) keeps the class.
                view.getReferencedClassObjects().stream()
                        .filter(literal -> isEntity(literal.getRawType()))
                        .forEach(literal -> events.add(SimpleConditionEvent.violated(
                                literal,
                                literal.getOwner().getFullName()
                                        + " names the entity "
                                        + literal.getRawType().getSimpleName() + ".class "
                                        + literal.getSourceCodeLocation()
                                        + ": bind a record the service returns instead")));
            }
        };
    }

    private static boolean isEntity(JavaClass type) {
        return Stream.concat(Stream.of(type), type.getAllRawSuperclasses().stream())
                .anyMatch(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(MappedSuperclass.class));
    }

    private static void assertPresent(String className) {
        if (!classes.contain(className)) {
            throw new AssertionError(className + " was not imported: the rules would check nothing");
        }
    }
}
