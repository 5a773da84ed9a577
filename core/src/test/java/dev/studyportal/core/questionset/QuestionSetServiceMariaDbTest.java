package dev.studyportal.core.questionset;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.MariaDbTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class QuestionSetServiceMariaDbTest extends QuestionSetServiceContract {}
