package dev.studyportal.core.questionset;

/**
 * Whether something else depends on a set, asked before the set is deleted. The assignments feature
 * implements it as a bean; without one, no set counts as assigned. Implementations read within the caller's
 * transaction and must not ask the set's author's permission again: the question-set service has already
 * tied the set to its author.
 */
public interface QuestionSetUsage {

    /** @return whether any assignment (of any cohort, archived ones too) uses the set */
    boolean isAssigned(long setId);
}
