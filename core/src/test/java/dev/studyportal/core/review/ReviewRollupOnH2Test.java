package dev.studyportal.core.review;

import dev.studyportal.core.CoreTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The embedded default: the same upsert, the same backfill, the same rows. */
@SpringBootTest(
        classes = CoreTestApplication.class,
        properties =
                "spring.datasource.url=jdbc:h2:mem:rollup;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE")
class ReviewRollupOnH2Test extends ReviewRollupContract {}
