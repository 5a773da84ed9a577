package dev.studyportal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the rating path spends its CPU, from a flight recording's execution samples ({@code jfr print --events
 * jdk.ExecutionSample}): of the samples whose stack passes through the review view's event handlers, which
 * methods were on top (own time), and which of the portal's calls below the view they were under (total time).
 * {@code jfr view hot-methods} answers for the whole process; this answers for one path of it.
 */
final class JfrRatingProfile {

    private static final String VIEW = "dev.studyportal.webapp.study.ui.ReviewView.";
    private static final String PORTAL = "dev.studyportal.";

    private JfrRatingProfile() {}

    static String summarize(String jfrTool, Path recording, int top) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        jfrTool,
                        "print",
                        "--events",
                        "jdk.ExecutionSample",
                        "--stack-depth",
                        "256",
                        recording.toString())
                .redirectErrorStream(true)
                .start();
        int samples = 0;
        int onPath = 0;
        Map<String, Integer> own = new HashMap<>();
        Map<String, Integer> portalCalls = new HashMap<>();
        Map<String, Integer> viewHandlers = new HashMap<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> stack = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String trimmed = line.strip();
                if (trimmed.startsWith("stackTrace = [")) {
                    stack = new ArrayList<>();
                } else if (stack != null && trimmed.equals("]")) {
                    samples++;
                    if (count(stack, own, portalCalls, viewHandlers)) {
                        onPath++;
                    }
                    stack = null;
                } else if (stack != null && !trimmed.equals("...")) {
                    int end = trimmed.indexOf('(');
                    stack.add(end > 0 ? trimmed.substring(0, end) : trimmed);
                }
            }
        }
        process.waitFor();
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                "Execution samples: %d in all, %d (%.0f%%) through ReviewView's handlers%n",
                samples, onPath, samples == 0 ? 0.0 : 100.0 * onPath / samples));
        text.append("\nOf those, by ReviewView handler (total):\n").append(table(viewHandlers, onPath, top));
        text.append("\nBy the portal's call beneath the view (total; the deepest dev.studyportal frame under it):\n")
                .append(table(portalCalls, onPath, top));
        text.append("\nBy method on top of the stack (own time):\n").append(table(own, onPath, top));
        return text.toString();
    }

    /** @return whether the stack (leaf first) runs through the review view */
    private static boolean count(
            List<String> stack,
            Map<String, Integer> own,
            Map<String, Integer> portalCalls,
            Map<String, Integer> viewHandlers) {
        int view = -1;
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).startsWith(VIEW)) {
                view = i;
                break;
            }
        }
        if (view < 0) {
            return false;
        }
        viewHandlers.merge(stack.get(view), 1, Integer::sum);
        own.merge(stack.getFirst(), 1, Integer::sum);
        // Every distinct portal method between the view and the leaf counts once for this sample.
        Set<String> under = new LinkedHashSet<>();
        for (int i = view - 1; i >= 0; i--) {
            String frame = stack.get(i);
            if (frame.startsWith(PORTAL) && !frame.startsWith(VIEW)) {
                under.add(frame);
            }
        }
        under.forEach(frame -> portalCalls.merge(frame, 1, Integer::sum));
        return true;
    }

    private static String table(Map<String, Integer> counts, int total, int top) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .map(entry -> String.format(
                        "  %5d  %5.1f%%  %s",
                        entry.getValue(), 100.0 * entry.getValue() / Math.max(1, total), entry.getKey()))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
