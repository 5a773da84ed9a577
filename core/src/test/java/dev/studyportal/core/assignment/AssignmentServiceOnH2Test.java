package dev.studyportal.core.assignment;

import dev.studyportal.core.CoreTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The portal's default database runs the same aggregates (power, timestampdiff, conditional max). */
@SpringBootTest(
        classes = CoreTestApplication.class,
        properties =
                "spring.datasource.url=jdbc:h2:mem:assignments;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE")
class AssignmentServiceOnH2Test extends AssignmentServiceContract {}
