package dev.studyportal.webapp.study.ui;

import java.time.Duration;

/** Intervals as people say them: "10 min", "3 h", "12 d", "4 mo", "1.5 y". */
final class Intervals {

    private Intervals() {}

    static String format(Duration interval) {
        long minutes = Math.max(1, Math.round(interval.toSeconds() / 60.0));
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 24) {
            return hours + " h";
        }
        long days = Math.round(hours / 24.0);
        if (days < 31) {
            return days + " d";
        }
        if (days < 365) {
            return Math.round(days / 30.4) + " mo";
        }
        double years = days / 365.0;
        return years < 10 ? String.format(java.util.Locale.ROOT, "%.1f y", years) : Math.round(years) + " y";
    }
}
