package dev.studyportal.core.dashboard;

import dev.studyportal.core.CoreTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The embedded default runs the same dashboard statements, so the contract holds there too. */
@SpringBootTest(
        classes = CoreTestApplication.class,
        properties =
                "spring.datasource.url=jdbc:h2:mem:dashboard;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE")
class DashboardServiceOnH2Test extends DashboardServiceContract {}
