package dev.studyportal.core.assignment;

import dev.studyportal.core.questionset.QuestionSetUsage;
import org.springframework.stereotype.Component;

/** Tells the question-set feature that a set is in use while an assignment holds it, in an archived cohort too. */
@Component
class AssignedSets implements QuestionSetUsage {

    private final AssignmentRepository assignments;

    AssignedSets(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public boolean isAssigned(long setId) {
        return assignments.countOfSet(setId) > 0;
    }
}
