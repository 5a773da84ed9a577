package dev.studyportal.webapp.e2e;

import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.webapp.StudyPortalApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The portal on a random port over a fresh database on the shared MariaDB server, with the project's bank. */
@SpringBootTest(
        classes = StudyPortalApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "studyportal.import.source.path=../docs")
@MariaDbTest
abstract class ChromiumJourney extends BrowserTest {}
