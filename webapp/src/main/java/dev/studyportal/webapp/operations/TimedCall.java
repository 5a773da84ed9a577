package dev.studyportal.webapp.operations;

import dev.studyportal.core.dashboard.DashboardService;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.importer.SyncAlreadyRunningException;
import dev.studyportal.importer.sync.SyncOptions;
import dev.studyportal.importer.sync.SyncReport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The service calls people wait for, each with the timer that measures it. A call is named by its
 * class and method name, so an overload (rating by question id or by the card shown) counts as the
 * same call. Every timer of a name carries the same tag keys, as Prometheus needs.
 */
enum TimedCall {

    /**
     * A rating stored and its card rescheduled: the round trip the load-test budget is about. From the review
     * screen the same call also picks the next card and counts what is left (ReviewService's rate with a
     * QueueScope), so that round trip is timed here whole rather than under the queue's timer.
     */
    RATING(
            "studyportal.review.rate",
            "A learner's rating: stored, the card rescheduled, and from the review screen the next card chosen",
            ReviewService.class,
            "rate",
            true) {
        @Override
        Tags tags(Object[] arguments) {
            return Tags.empty();
        }
    },

    /** Today's queue: its counts (agenda) and the card to show (next). */
    QUEUE_AGENDA(
            "studyportal.review.queue",
            "Today's queue: the agenda's counts, or the next card to show",
            ReviewService.class,
            "agenda",
            true) {
        @Override
        Tags tags(Object[] arguments) {
            return Tags.of("step", "agenda");
        }
    },

    QUEUE_NEXT(
            "studyportal.review.queue",
            "Today's queue: the agenda's counts, or the next card to show",
            ReviewService.class,
            "next",
            true) {
        @Override
        Tags tags(Object[] arguments) {
            return Tags.of("step", "next");
        }
    },

    DASHBOARD(
            "studyportal.dashboard",
            "A learner's dashboard, all its aggregates",
            DashboardService.class,
            "dashboard",
            true) {
        @Override
        Tags tags(Object[] arguments) {
            return Tags.empty();
        }
    },

    /** A run of the importer for this node: at start-up, on the schedule, or an admin's (dry run or upload). */
    SYNC(
            "studyportal.sync",
            "A sync of the question bank, from reading the files to the commit",
            BankImporter.class,
            "sync",
            false) {
        @Override
        Tags tags(Object[] arguments) {
            SyncOptions options = Arrays.stream(arguments)
                    .filter(SyncOptions.class::isInstance)
                    .map(SyncOptions.class::cast)
                    .findFirst()
                    .orElse(null);
            ImportTrigger trigger = options == null ? ImportTrigger.CLI : options.trigger();
            boolean dryRun =
                    options == null ? arguments.length > 1 && Boolean.TRUE.equals(arguments[1]) : options.dryRun();
            return syncTags(trigger, dryRun);
        }

        @Override
        String outcome(@Nullable Object result) {
            return result instanceof SyncReport report && !report.ok() ? "content_errors" : SUCCESS;
        }

        @Override
        String outcome(Throwable failure) {
            return failure instanceof SyncAlreadyRunningException ? "busy" : super.outcome(failure);
        }

        @Override
        List<Tags> expected() {
            // The portal's own triggers, applied: what an operator graphs before the first run of each.
            return List.of(
                    syncTags(ImportTrigger.STARTUP, false),
                    syncTags(ImportTrigger.SCHEDULE, false),
                    syncTags(ImportTrigger.ADMIN, false));
        }
    };

    static final String SUCCESS = "success";

    private final String metric;
    private final String description;
    private final Class<?> service;
    private final String method;
    private final boolean histogram;

    TimedCall(String metric, String description, Class<?> service, String method, boolean histogram) {
        this.metric = metric;
        this.description = description;
        this.service = service;
        this.method = method;
        this.histogram = histogram;
    }

    String metric() {
        return metric;
    }

    /** The call a public method of a service is, if it is one of these. */
    static @Nullable TimedCall of(Method method, Class<?> targetClass) {
        for (TimedCall call : values()) {
            if (call.method.equals(method.getName())
                    && call.service.isAssignableFrom(targetClass)
                    && java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
                return call;
            }
        }
        return null;
    }

    /** The tags told by the call's arguments. */
    abstract Tags tags(Object[] arguments);

    /** The outcome of a call that returned. */
    String outcome(@Nullable Object result) {
        return SUCCESS;
    }

    /** The outcome of a call that threw: the exception's simple name, a bounded set of our own types. */
    String outcome(Throwable failure) {
        return failure.getClass().getSimpleName();
    }

    /** The tags registered at start-up, so that a scrape shows the timer (at zero) before its first call. */
    List<Tags> expected() {
        return List.of(tags(new Object[0]));
    }

    Timer timer(MeterRegistry registry, Tags tags, String outcome) {
        Timer.Builder builder =
                Timer.builder(metric).description(description).tags(tags).tag("outcome", outcome);
        if (histogram) {
            // Buckets from 1 ms to 10 s, with 10 ms exact: the rating budget is p95 <= 10 ms.
            builder.publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(10))
                    .serviceLevelObjectives(Duration.ofMillis(10));
        }
        return builder.register(registry);
    }

    /** The timers a scrape shows from the start. */
    static List<Timer> registerExpected(MeterRegistry registry) {
        List<Timer> timers = new ArrayList<>();
        for (TimedCall call : values()) {
            for (Tags tags : call.expected()) {
                timers.add(call.timer(registry, tags, SUCCESS));
            }
        }
        return timers;
    }

    private static Tags syncTags(ImportTrigger trigger, boolean dryRun) {
        return Tags.of(
                Tag.of("trigger", trigger.name().toLowerCase(Locale.ROOT)),
                Tag.of("dry_run", Boolean.toString(dryRun)));
    }
}
