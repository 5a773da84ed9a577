package dev.studyportal.webapp.demo;

import java.time.ZoneId;

/**
 * The five demo learners and the habits their histories are simulated from (DESIGN.md, "Demo profile data"):
 * each studies in their own time zone at their own hour, for their own stretch of days.
 */
enum DemoLearner {
    STEADY("learner1", "Europe/Berlin", 89, 0, new int[] {-1, -1}, 0.9, 19, 3, 5, 10, 28, 0.10),
    LAPSING("learner2", "America/New_York", 89, 0, new int[] {59, 15}, 0.75, 7, 4, 0, 20, 24, 0.15),
    JUST_STARTED("learner3", "Asia/Kolkata", 2, 0, new int[] {-1, -1}, 1.0, 13, 6, 8, 18, 35, 0.18),
    HEAVY("learner4", "America/Los_Angeles", 44, 0, new int[] {-1, -1}, 0.95, 20, 8, 14, 24, 45, 0.11),
    IDLE("learner5", "Australia/Sydney", 40, 24, new int[] {-1, -1}, 0.6, 8, 3, 4, 8, 30, 0.15);

    private final String username;
    private final ZoneId zone;
    /** The first and the last day studied, counted back from today in the learner's zone. */
    final int firstDayAgo;

    final int lastDayAgo;
    /** Days (from, to), counted back, on which the learner does not study at all; {-1, -1} for none. */
    private final int[] breakDaysAgo;
    /** The share of the other days on which they sit down to study. */
    final double studyShare;
    /** The local hour their session starts in. */
    final int sessionHour;
    /** How many questions they meet for the first time in one day at most. */
    final int newPerDay;
    /** How many answers make a session for them (drilling ahead from the library if nothing is due), and the most. */
    final int leastAnswers;

    final int mostAnswers;
    /** How long they typically look at a question before rating it. */
    final int medianSeconds;
    /** How likely they forget a question that falls due just now; more when it is long overdue. */
    final double forgetting;

    DemoLearner(
            String username,
            String zone,
            int firstDayAgo,
            int lastDayAgo,
            int[] breakDaysAgo,
            double studyShare,
            int sessionHour,
            int newPerDay,
            int leastAnswers,
            int mostAnswers,
            int medianSeconds,
            double forgetting) {
        this.username = username;
        this.zone = ZoneId.of(zone);
        this.firstDayAgo = firstDayAgo;
        this.lastDayAgo = lastDayAgo;
        this.breakDaysAgo = breakDaysAgo;
        this.studyShare = studyShare;
        this.sessionHour = sessionHour;
        this.newPerDay = newPerDay;
        this.leastAnswers = leastAnswers;
        this.mostAnswers = mostAnswers;
        this.medianSeconds = medianSeconds;
        this.forgetting = forgetting;
    }

    String username() {
        return username;
    }

    ZoneId zone() {
        return zone;
    }

    boolean onBreak(int daysAgo) {
        return daysAgo <= breakDaysAgo[0] && daysAgo >= breakDaysAgo[1];
    }
}
