package dev.studyportal.core.plan;

import dev.studyportal.core.CoreTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The embedded default runs the same scope queries (element collections, member of), so the contract holds there too. */
@SpringBootTest(
        classes = CoreTestApplication.class,
        properties =
                "spring.datasource.url=jdbc:h2:mem:plans;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE")
class PlanServiceOnH2Test extends PlanServiceContract {}
