package dev.studyportal.core.questionset;

import dev.studyportal.core.CoreTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The embedded default, which the portal runs on with no profile, answers the same queries alike. */
@SpringBootTest(
        classes = CoreTestApplication.class,
        properties =
                "spring.datasource.url=jdbc:h2:mem:questionsets;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE")
class QuestionSetServiceOnH2Test extends QuestionSetServiceContract {}
