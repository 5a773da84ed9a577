package dev.studyportal.core.assignment;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.MariaDbTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class AssignmentServiceMariaDbTest extends AssignmentServiceContract {}
