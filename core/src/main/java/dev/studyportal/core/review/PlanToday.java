package dev.studyportal.core.review;

/**
 * One active plan's share of today's agenda. A question in two plans counts in both here and once in
 * the agenda's totals.
 *
 * @param dueNow   reviews of the plan's questions that can be taken now
 * @param newToday new questions the plan still introduces today, within the Settings ceiling
 */
public record PlanToday(long planId, String name, int dueNow, int newToday) {}
